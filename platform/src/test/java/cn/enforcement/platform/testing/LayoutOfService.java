package cn.enforcement.platform.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The layout rules checked on one service's classes: each service's {@code LayoutTest} extends it and names its package. */
public abstract class LayoutOfService {

    private final String service;
    private final List<ArchRule> ownRules;

    /** The service under the package, with rules of its own besides the shared layout. */
    protected LayoutOfService(String service, ArchRule... ownRules) {
        this.service = service;
        this.ownRules = List.of(ownRules);
    }

    @TestFactory
    public Stream<DynamicTest> theLayoutHolds() {
        JavaClasses classes = ServiceLayout.classesOf(service);
        return Stream.concat(ServiceLayout.rulesOf(service).stream(), ownRules.stream())
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(classes)));
    }
}

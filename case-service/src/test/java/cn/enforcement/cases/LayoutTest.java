package cn.enforcement.cases;

import cn.enforcement.cases.domain.PenaltyCase;
import cn.enforcement.platform.testing.ServiceLayout;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** case-service keeps the layout of every service (docs/service-layout.md), and the penalty case changes only itself. */
class LayoutTest {

    private static final String SERVICE = "cn.enforcement.cases";
    private static final JavaClasses CLASSES = ServiceLayout.classesOf(SERVICE);

    static Stream<ArchRule> rules() {
        return Stream.concat(ServiceLayout.rulesOf(SERVICE).stream(), Stream.of(ServiceLayout.onlyItselfChanges(PenaltyCase.class)));
    }

    @ParameterizedTest
    @MethodSource("rules")
    void holds(ArchRule rule) {
        rule.check(CLASSES);
    }
}

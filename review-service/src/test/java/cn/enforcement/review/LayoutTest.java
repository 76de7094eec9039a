package cn.enforcement.review;

import cn.enforcement.platform.testing.ServiceLayout;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** review-service keeps the layout of every service (docs/service-layout.md). */
class LayoutTest {

    private static final String SERVICE = "cn.enforcement.review";
    private static final JavaClasses CLASSES = ServiceLayout.classesOf(SERVICE);

    static Stream<ArchRule> rules() {
        return ServiceLayout.rulesOf(SERVICE).stream();
    }

    @ParameterizedTest
    @MethodSource("rules")
    void holds(ArchRule rule) {
        rule.check(CLASSES);
    }
}

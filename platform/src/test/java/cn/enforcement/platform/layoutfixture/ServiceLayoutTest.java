package cn.enforcement.platform.layoutfixture;

import static org.assertj.core.api.Assertions.assertThat;

import cn.enforcement.platform.testing.ServiceLayout;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The layout rules every service's LayoutTest checks find each kind of break, in a fixture service that has them all. */
class ServiceLayoutTest {

    private static final String FIXTURE = "cn.enforcement.platform.layoutfixture";
    private static final JavaClasses CLASSES = new ClassFileImporter().importPackages(FIXTURE);

    private static List<String> broken() {
        return ServiceLayout.rulesOf(FIXTURE).stream().filter(rule -> rule.evaluate(CLASSES).hasViolation())
                .map(ArchRule::getDescription).collect(Collectors.toList());
    }

    @Test
    void aDomainThatCallsAnEntranceACycleAndHttpInTheDomainAreEachFound() {
        assertThat(broken()).hasSize(3).anySatisfy(rule -> assertThat(rule).startsWith("the entrances"))
                .anySatisfy(rule -> assertThat(rule).startsWith("no cycles among the domain's sub-packages"))
                .anySatisfy(rule -> assertThat(rule).isEqualTo("no infrastructure types in domain code"));
    }

    @Test
    void aClassThatSetsAnAggregatesFieldIsFoundAndOnlyThat() {
        var report = ServiceLayout.onlyItselfChanges(cn.enforcement.platform.layoutfixture.domain.Ledger.class).evaluate(CLASSES)
                .getFailureReport().getDetails();
        assertThat(report).singleElement().satisfies(line -> assertThat(line).contains("Teller.overwrite", "balance"));
    }

    @Test
    void theCycleIsNamedWithBothPackages() {
        ArchRule cycles = ServiceLayout.rulesOf(FIXTURE).stream()
                .filter(rule -> rule.getDescription().startsWith("no cycles among the domain's")).findFirst().orElseThrow();
        assertThat(cycles.evaluate(CLASSES).getFailureReport().getDetails()).anySatisfy(line -> assertThat(line).contains("first", "second"));
    }
}

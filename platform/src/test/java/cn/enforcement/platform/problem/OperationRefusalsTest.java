package cn.enforcement.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import cn.enforcement.problem.PlatformProblem;
import cn.enforcement.problem.ProblemType;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OperationRefusalsTest {

    private final Map<String, Set<ProblemType>> refusals =
            new OperationRefusals(getClass().getClassLoader()).of(RefusingResource.class);

    @Test
    void findsARefusalThrownInTheOperationItself() {
        assertThat(refusals.get("refuseDirectly")).containsExactly(PlatformProblem.REGION_CLAIM_MISSING);
    }

    @Test
    void followsCallsIntoHelpersLambdasAndInheritedMethods() {
        assertThat(refusals.get("refuseThroughHelper")).containsExactly(PlatformProblem.PARAMETER_INVALID);
        assertThat(refusals.get("refuseInLambda")).containsExactly(PlatformProblem.PARTNER_READ_ONLY);
        assertThat(refusals.get("refuseInherited")).containsExactly(PlatformProblem.PROVINCIAL_SUPERVISOR_ONLY);
    }

    @Test
    void followsCallsIntoThePlatformsSharedCode() {
        assertThat(refusals.get("refuseInPlatformCode")).containsExactly(PlatformProblem.CURSOR_MALFORMED);
    }

    @Test
    void anActNamedByAConstantBringsTheRefusalsItsTypeDeclares() {
        assertThat(refusals.get("refuseByTheAct")).containsExactly(PlatformProblem.CONCURRENT_CHANGE);
    }

    @Test
    void refusalsReportedAsValuesAreNotTheOperations() {
        assertThat(refusals.get("reportWhatAnActWouldAnswer")).isEmpty();
    }

    @Test
    void anOperationThatRefusesNothingHasNoRefusals() {
        assertThat(refusals.get("neverRefuse")).isEmpty();
    }

    @Test
    void everyOperationOfTheClassIsRead() {
        assertThat(refusals).containsOnlyKeys("refuseDirectly", "refuseThroughHelper", "refuseInLambda", "refuseInherited",
                "refuseInPlatformCode", "refuseByTheAct", "reportWhatAnActWouldAnswer", "neverRefuse");
    }
}

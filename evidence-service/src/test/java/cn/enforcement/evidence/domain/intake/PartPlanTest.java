package cn.enforcement.evidence.domain.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.enforcement.problem.ProblemException;
import org.junit.jupiter.api.Test;

class PartPlanTest {

    private static final long MIB = 1L << 20;

    @Test
    void oneFileInOnePartIsItsWholeLength() {
        PartPlan plan = PartPlan.of(102, 1, null);
        assertThat(plan.sizeOf(1)).isEqualTo(102);
    }

    @Test
    void partsAreOfTheGivenSizeAndTheLastTheRest() {
        PartPlan plan = PartPlan.of(9 * MIB, 2, 8 * MIB);
        assertThat(plan.sizeOf(1)).isEqualTo(8 * MIB);
        assertThat(plan.sizeOf(2)).isEqualTo(MIB);
    }

    @Test
    void withoutAPartSizeTheFileIsCutIntoEqualParts() {
        PartPlan plan = PartPlan.of(20 * MIB + 1, 2, null);
        assertThat(plan.sizeOf(1)).isEqualTo(10 * MIB + 1);
        assertThat(plan.sizeOf(2)).isEqualTo(10 * MIB);
    }

    @Test
    void aPartBelowFiveMibButTheLastIsRefusedAtTheEdge() {
        assertThat(PartPlan.of(6 * MIB, 2, 5 * MIB).sizeOf(2)).isEqualTo(MIB);
        assertThatThrownBy(() -> PartPlan.of(6 * MIB, 2, 5 * MIB - 1)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.code()).isEqualTo("UPLOAD_PARTS_INVALID"));
    }

    @Test
    void partsThatLeaveTheLastEmptyOrDoNotCoverTheFileAreRefused() {
        assertThatThrownBy(() -> PartPlan.of(10 * MIB, 3, 5 * MIB)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> PartPlan.of(16 * MIB, 3, 5 * MIB)).isInstanceOf(ProblemException.class);
        assertThat(PartPlan.of(15 * MIB, 3, 5 * MIB).sizeOf(3)).isEqualTo(5 * MIB);
        assertThatThrownBy(() -> PartPlan.of(103, 1, 102L)).isInstanceOf(ProblemException.class);
    }
}

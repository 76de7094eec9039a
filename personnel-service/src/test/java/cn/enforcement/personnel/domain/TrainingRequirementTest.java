package cn.enforcement.personnel.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TrainingRequirementTest {

    private final TrainingRequirement sixtyHours = new TrainingRequirement(new BigDecimal("60"));

    @Test
    void fiftyNineAndAHalfHoursFallShortByHalfAnHour() {
        assertThat(sixtyHours.shortfall(new BigDecimal("59.5"))).isEqualByComparingTo("0.5");
        assertThat(sixtyHours.isMet(new BigDecimal("59.5"))).isFalse();
    }

    @Test
    void sixtyHoursMeetTheMinimumAndMoreLeavesNoNegativeShortfall() {
        assertThat(sixtyHours.isMet(new BigDecimal("60"))).isTrue();
        assertThat(sixtyHours.shortfall(new BigDecimal("60.5"))).isEqualByComparingTo("0");
    }

    @Test
    void thePaceSoFarDecidesWhetherTheYearWillFallShort() {
        LocalDate firstOfJuly = LocalDate.of(2026, 7, 1);
        assertThat(sixtyHours.fallsShortAtCurrentPace(new BigDecimal("30"), firstOfJuly)).isFalse();
        assertThat(sixtyHours.fallsShortAtCurrentPace(new BigDecimal("29.5"), firstOfJuly)).isTrue();
    }

    @Test
    void nobodyWhoHasMetTheMinimumFallsShort() {
        assertThat(sixtyHours.fallsShortAtCurrentPace(new BigDecimal("60"), LocalDate.of(2026, 1, 2))).isFalse();
    }
}

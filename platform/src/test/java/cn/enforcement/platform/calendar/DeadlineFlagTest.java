package cn.enforcement.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeadlineFlagTest {

    private final LocalDate due = LocalDate.of(2026, 10, 13);

    @Test
    void greenUntilTheWarningDaysYellowUpToTheLastDayRedAfter() {
        assertThat(DeadlineFlag.of(due, due.minusDays(3), 2)).isEqualTo(DeadlineFlag.GREEN);
        assertThat(DeadlineFlag.of(due, due.minusDays(2), 2)).isEqualTo(DeadlineFlag.YELLOW);
        assertThat(DeadlineFlag.of(due, due, 2)).isEqualTo(DeadlineFlag.YELLOW);
        assertThat(DeadlineFlag.of(due, due.plusDays(1), 2)).isEqualTo(DeadlineFlag.RED);
    }
}

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

    @Test
    void theDueWindowOfAColourHoldsExactlyTheDeadlinesOfThatColour() {
        LocalDate today = LocalDate.of(2026, 12, 4);
        for (int offset = -5; offset <= 8; offset++) {
            LocalDate dueOn = today.plusDays(offset);
            for (DeadlineFlag flag : DeadlineFlag.values()) {
                DeadlineFlag.DueWindow window = flag.dueWindow(today, 3);
                boolean inWindow = (window.from() == null || !dueOn.isBefore(window.from()))
                        && (window.to() == null || !dueOn.isAfter(window.to()));
                assertThat(inWindow).as("%s due %s", flag, dueOn).isEqualTo(DeadlineFlag.of(dueOn, today, 3) == flag);
            }
        }
    }
}

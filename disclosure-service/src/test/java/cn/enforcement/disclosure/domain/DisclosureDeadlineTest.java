package cn.enforcement.disclosure.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.enforcement.platform.calendar.DeadlineFlag;
import cn.enforcement.platform.calendar.WorkingCalendar;
import cn.enforcement.platform.calendar.WorkingCalendar.DayKind;
import cn.enforcement.platform.calendar.WorkingCalendar.SpecialDay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The disclosure periods at their edges, across National Day 2026 and its make-up Saturday. */
class DisclosureDeadlineTest {

    /** 1 to 7 October 2026 off; Sunday 20 September and Saturday 10 October worked. */
    private static WorkingCalendar nationalDay2026() {
        List<SpecialDay> days = new ArrayList<>();
        for (int d = 1; d <= 7; d++) {
            days.add(new SpecialDay(LocalDate.of(2026, 10, d), DayKind.HOLIDAY, "国庆节"));
        }
        days.add(new SpecialDay(LocalDate.of(2026, 9, 20), DayKind.MAKE_UP_WORKING_DAY, "国庆节调休"));
        days.add(new SpecialDay(LocalDate.of(2026, 10, 10), DayKind.MAKE_UP_WORKING_DAY, "国庆节调休"));
        return WorkingCalendar.of(days);
    }

    @Test
    void aDecisionIsPublishedWithinSevenWorkingDaysNotEight() {
        LocalDate decidedOn = LocalDate.of(2026, 9, 28);
        // 29, 30 September; 8, 9, 10 (make-up Saturday), 12, 13 October
        assertThat(new DisclosureDeadline(7, 3, 2).publicationDue(decidedOn, nationalDay2026()).lastDay())
                .isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(new DisclosureDeadline(8, 3, 2).publicationDue(decidedOn, nationalDay2026()).lastDay())
                .isEqualTo(LocalDate.of(2026, 10, 14));
    }

    @Test
    void aRevokedDecisionIsWithdrawnWithinThreeWorkingDaysNotFour() {
        LocalDate revokedOn = LocalDate.of(2026, 9, 29);
        // 30 September; 8, 9 October — the fourth is the make-up Saturday 10 October
        assertThat(new DisclosureDeadline(7, 3, 2).withdrawalDue(revokedOn, nationalDay2026()).lastDay())
                .isEqualTo(LocalDate.of(2026, 10, 9));
        assertThat(new DisclosureDeadline(7, 4, 2).withdrawalDue(revokedOn, nationalDay2026()).lastDay())
                .isEqualTo(LocalDate.of(2026, 10, 10));
    }

    @Test
    void yellowWithinTheWarningDaysRedOncePassed() {
        DisclosureDeadline deadline = new DisclosureDeadline(7, 3, 2);
        LocalDate due = LocalDate.of(2026, 10, 13);
        assertThat(deadline.flag(due, due.minusDays(3))).isEqualTo(DeadlineFlag.GREEN);
        assertThat(deadline.flag(due, due.minusDays(2))).isEqualTo(DeadlineFlag.YELLOW);
        assertThat(deadline.flag(due, due.plusDays(1))).isEqualTo(DeadlineFlag.RED);
    }
}

package cn.enforcement.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.enforcement.platform.calendar.WorkingCalendar.DayKind;
import cn.enforcement.platform.calendar.WorkingCalendar.SpecialDay;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    /** National Day 2026: 1 to 7 October off; Sunday 20 September and Saturday 10 October worked. */
    private static WorkingCalendar nationalDay2026() {
        Map<LocalDate, SpecialDay> days = new HashMap<>();
        for (int d = 1; d <= 7; d++) {
            LocalDate day = LocalDate.of(2026, 10, d);
            days.put(day, new SpecialDay(day, DayKind.HOLIDAY, "国庆节"));
        }
        days.put(LocalDate.of(2026, 9, 20), new SpecialDay(LocalDate.of(2026, 9, 20), DayKind.MAKE_UP_WORKING_DAY, "国庆节调休"));
        days.put(LocalDate.of(2026, 10, 10), new SpecialDay(LocalDate.of(2026, 10, 10), DayKind.MAKE_UP_WORKING_DAY, "国庆节调休"));
        return new WorkingCalendar(days);
    }

    private final WorkingCalendar calendar = nationalDay2026();

    @Test
    void sevenWorkingDaysAcrossNationalDayCountTheMakeUpSaturday() {
        // Tuesday 29 Sep: counted 30 Sep, then 1-7 Oct off, 8 (Thu), 9 (Fri), 10 (make-up Sat), 12, 13, 14
        WorkingCalendar.Computation due = calendar.addWorkingDays(LocalDate.of(2026, 9, 29), 7);
        assertThat(due.lastDay()).isEqualTo(LocalDate.of(2026, 10, 14));
        assertThat(due.explanation()).contains("2026-10-10 counted: make-up working day (国庆节调休)")
                .contains("2026-10-01 not counted: holiday (国庆节)").contains("2026-10-11 not counted: sunday");
    }

    @Test
    void daySevenAndDayEightAreOneWorkingDayApart() {
        LocalDate start = LocalDate.of(2026, 9, 29);
        assertThat(calendar.addWorkingDays(start, 7).lastDay()).isEqualTo(LocalDate.of(2026, 10, 14));
        assertThat(calendar.addWorkingDays(start, 8).lastDay()).isEqualTo(LocalDate.of(2026, 10, 15));
    }

    @Test
    void aMakeUpSundayIsAWorkingDay() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 20))).isTrue();
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 18), 1).lastDay()).isEqualTo(LocalDate.of(2026, 9, 20));
    }

    @Test
    void theStartDayIsNotCountedAndWeekendsAreSkipped() {
        // Friday 6 Nov 2026: 3 working days = Mon 9, Tue 10, Wed 11
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 6), 3).lastDay()).isEqualTo(LocalDate.of(2026, 11, 11));
    }

    @Test
    void aHolidayOnAWeekdayIsNotAWorkingDay() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 5))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 8))).isTrue();
    }
}

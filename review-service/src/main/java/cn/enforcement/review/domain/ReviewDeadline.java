package cn.enforcement.review.domain;

import cn.enforcement.platform.calendar.DeadlineFlag;
import cn.enforcement.platform.calendar.WorkingCalendar;
import java.time.LocalDate;

/**
 * The last day of a review, counted in working days from the day of receipt (not counted), and its flag:
 * yellow within the warning days, red once passed.
 */
public final class ReviewDeadline {

    private final int workingDays;
    private final int warningDays;

    public ReviewDeadline(int workingDays, int warningDays) {
        this.workingDays = workingDays;
        this.warningDays = warningDays;
    }

    public WorkingCalendar.Computation dueFor(LocalDate receivedOn, WorkingCalendar calendar) {
        return calendar.addWorkingDays(receivedOn, workingDays);
    }

    public DeadlineFlag flag(LocalDate dueOn, LocalDate today) {
        return DeadlineFlag.of(dueOn, today, warningDays);
    }
}

package cn.enforcement.disclosure.domain;

import cn.enforcement.platform.calendar.DeadlineFlag;
import cn.enforcement.platform.calendar.WorkingCalendar;
import java.time.LocalDate;

/**
 * When a disclosure duty falls due, in working days from the day of the decision or revocation (not
 * counted), and its flag: yellow within the warning days, red once passed.
 */
public final class DisclosureDeadline {

    private final int publicationDays;
    private final int withdrawalDays;
    private final int warningDays;

    public DisclosureDeadline(int publicationDays, int withdrawalDays, int warningDays) {
        this.publicationDays = publicationDays;
        this.withdrawalDays = withdrawalDays;
        this.warningDays = warningDays;
    }

    public WorkingCalendar.Computation publicationDue(LocalDate decidedOn, WorkingCalendar calendar) {
        return calendar.addWorkingDays(decidedOn, publicationDays);
    }

    public WorkingCalendar.Computation withdrawalDue(LocalDate revokedOn, WorkingCalendar calendar) {
        return calendar.addWorkingDays(revokedOn, withdrawalDays);
    }

    public DeadlineFlag flag(LocalDate dueOn, LocalDate today) {
        return DeadlineFlag.of(dueOn, today, warningDays);
    }
}

package cn.enforcement.cases.domain.calendar;

import cn.enforcement.cases.domain.CaseDeadline;
import cn.enforcement.cases.domain.RuleDataPublication;
import cn.enforcement.platform.calendar.WorkingCalendar.DayKind;
import cn.enforcement.platform.calendar.WorkingCalendar;
import cn.enforcement.platform.events.cases.WorkingCalendarPublished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * The working-day calendar as data; an edit recomputes every open deadline counted in working days and
 * is published (WorkingCalendarPublished), so that services counting working days keep the same days.
 */
@ApplicationScoped
public class CalendarService {

    private final RuleDataPublication publication;

    CalendarService(RuleDataPublication publication) {
        this.publication = publication;
    }

    public record DayEntry(LocalDate day, DayKind kind, String name) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkingCalendar current() {
        return WorkingCalendar.of(CalendarDay.<CalendarDay>listAll().stream()
                .map(d -> new WorkingCalendar.SpecialDay(d.day, d.kind, d.name)).toList());
    }

    /** Replaces a year's holidays and make-up days; returns how many open deadlines moved. */
    @Transactional
    public int replaceYear(int year, List<DayEntry> days) {
        CalendarDay.delete("day >= ?1 and day <= ?2", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        for (DayEntry entry : days) {
            CalendarDay day = new CalendarDay();
            day.day = entry.day();
            day.kind = entry.kind();
            day.name = entry.name();
            day.provisional = false;
            day.persist();
        }
        CalendarDay.getEntityManager().flush();
        publishIfChanged(year);
        return recomputeOpenDeadlines();
    }

    /** Every year whose days differ from what was last published (at start-up: days loaded by migrations). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishChangedYears() {
        CalendarDay.<CalendarDay>listAll().stream().map(d -> d.day.getYear()).distinct().forEach(this::publishIfChanged);
    }

    private void publishIfChanged(int year) {
        List<WorkingCalendar.SpecialDay> days = CalendarDay.ofYear(year).stream()
                .map(d -> new WorkingCalendar.SpecialDay(d.day, d.kind, d.name)).toList();
        publication.publishIfChanged("calendar-" + year, days, at -> new WorkingCalendarPublished(year, days, at));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int recomputeOpenDeadlines() {
        WorkingCalendar calendar = current();
        List<CaseDeadline> open = CaseDeadline.list("status = ?1 and unit = ?2", CaseDeadline.Status.OPEN,
                CaseDeadline.Unit.WORKING_DAYS);
        int moved = 0;
        for (CaseDeadline deadline : open) {
            WorkingCalendar.Computation due = calendar.addWorkingDays(deadline.startOn, deadline.period);
            if (!due.lastDay().equals(deadline.dueOn)) {
                moved++;
                deadline.warned = false;
                deadline.missed = false;
            }
            deadline.dueOn = due.lastDay();
            deadline.explanation = due.explanation() + " (recomputed after a calendar change)";
        }
        return moved;
    }
}

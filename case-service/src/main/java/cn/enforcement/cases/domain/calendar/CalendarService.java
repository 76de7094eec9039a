package cn.enforcement.cases.domain.calendar;

import cn.enforcement.cases.domain.CaseDeadline;
import cn.enforcement.cases.domain.calendar.WorkingCalendar.DayKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The working-day calendar as data; an edit recomputes every open deadline counted in working days. */
@ApplicationScoped
public class CalendarService {

    public record DayEntry(LocalDate day, DayKind kind, String name) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkingCalendar current() {
        Map<LocalDate, WorkingCalendar.SpecialDay> days = new HashMap<>();
        CalendarDay.<CalendarDay>listAll().forEach(d -> days.put(d.day, new WorkingCalendar.SpecialDay(d.day, d.kind, d.name)));
        return new WorkingCalendar(days);
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
        return recomputeOpenDeadlines();
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

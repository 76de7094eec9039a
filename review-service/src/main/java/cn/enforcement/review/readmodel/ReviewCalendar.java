package cn.enforcement.review.readmodel;

import cn.enforcement.platform.calendar.WorkingCalendar;
import cn.enforcement.platform.events.cases.WorkingCalendarPublished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/** The working-day calendar kept from case-service's WorkingCalendarPublished: the same days, one keeper. */
@ApplicationScoped
public class ReviewCalendar {

    @Transactional(Transactional.TxType.MANDATORY)
    public void published(WorkingCalendarPublished event) {
        CalendarDay.delete("day >= ?1 and day <= ?2", LocalDate.of(event.year(), 1, 1), LocalDate.of(event.year(), 12, 31));
        for (WorkingCalendar.SpecialDay special : event.days()) {
            CalendarDay day = new CalendarDay();
            day.day = special.day();
            day.kind = special.kind();
            day.name = special.name();
            day.persist();
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkingCalendar current() {
        return WorkingCalendar.of(CalendarDay.<CalendarDay>listAll().stream()
                .map(d -> new WorkingCalendar.SpecialDay(d.day, d.kind, d.name)).toList());
    }
}

package cn.enforcement.platform.calendar;

import cn.enforcement.platform.events.cases.WorkingCalendarPublished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/**
 * The working-day calendar as every service but its keeper holds it: each year replaced whole from
 * case-service's WorkingCalendarPublished, so that all count the same days.
 */
@ApplicationScoped
public class KeptCalendar {

    @Transactional(Transactional.TxType.MANDATORY)
    public void published(WorkingCalendarPublished event) {
        PublishedCalendarDay.delete("day >= ?1 and day <= ?2", LocalDate.of(event.year(), 1, 1), LocalDate.of(event.year(), 12, 31));
        for (WorkingCalendar.SpecialDay special : event.days()) {
            PublishedCalendarDay day = new PublishedCalendarDay();
            day.day = special.day();
            day.kind = special.kind();
            day.name = special.name();
            day.persist();
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkingCalendar current() {
        return WorkingCalendar.of(PublishedCalendarDay.<PublishedCalendarDay>listAll().stream()
                .map(d -> new WorkingCalendar.SpecialDay(d.day, d.kind, d.name)).toList());
    }
}

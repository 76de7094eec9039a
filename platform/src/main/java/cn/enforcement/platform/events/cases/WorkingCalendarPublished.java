package cn.enforcement.platform.events.cases;

import cn.enforcement.platform.calendar.WorkingCalendar;
import cn.enforcement.platform.events.ProvinceWideEvent;
import java.time.Instant;
import java.util.List;

/**
 * A year of the working-day calendar (holidays and make-up working days) as case-service, its one
 * keeper, now holds it; every service that counts working days keeps this copy. Key = calendar-year.
 */
public record WorkingCalendarPublished(int year, List<WorkingCalendar.SpecialDay> days, Instant publishedAt) implements ProvinceWideEvent {

    @Override
    public String aggregateId() {
        return "calendar-" + year;
    }
}

package cn.enforcement.platform.events.disclosure;

import cn.enforcement.platform.events.DomainEvent;
import java.time.Instant;
import java.time.LocalDate;

/** An agency has not published its annual statistics (统计年报) of a year by the due day; once per agency and year. */
public record AnnualReportOverdue(
        String agencyCode,
        String regionCode,
        int year,
        LocalDate dueOn,
        Instant at) implements DomainEvent {

    @Override
    public String aggregateId() {
        return agencyCode + "-" + year;
    }
}

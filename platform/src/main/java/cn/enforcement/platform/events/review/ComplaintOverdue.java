package cn.enforcement.platform.events.review;

import cn.enforcement.platform.events.DomainEvent;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A complaint or report (投诉举报) was not answered by its last day; published once per complaint. It names no
 * complainant: contact data stays with the staff handling it. Key = tracking number.
 */
public record ComplaintOverdue(
        String trackingNumber,
        String agencyCode,
        String regionCode,
        String subject,
        LocalDate dueOn,
        Instant at) implements DomainEvent {

    @Override
    public String aggregateId() {
        return trackingNumber;
    }
}

package cn.enforcement.platform.events.review;

import cn.enforcement.platform.events.DomainEvent;
import java.time.Instant;

/** A supervisor sent a complaint to the agency concerned; its staff now handle it and its attachments. Key = tracking number. */
public record ComplaintRouted(
        String trackingNumber,
        String regionCode,
        String agencyCode,
        Instant at) implements DomainEvent {

    @Override
    public String aggregateId() {
        return trackingNumber;
    }
}

package cn.enforcement.platform.events.personnel;

import cn.enforcement.platform.events.DomainEvent;
import java.time.Instant;

/** An officer moved to another agency or post; their credential moves with them. Key = officer id. */
public record OfficerMoved(
        String officerId,
        String name,
        String previousAgencyCode,
        String agencyCode,
        String regionCode,
        String post,
        Instant effectiveAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return officerId;
    }
}

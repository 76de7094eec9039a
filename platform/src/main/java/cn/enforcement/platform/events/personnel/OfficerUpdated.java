package cn.enforcement.platform.events.personnel;

import cn.enforcement.platform.events.DomainEvent;
import java.time.Instant;
import java.util.List;

/** An officer's registry details were corrected (name, post title, enforcement fields). Key = officer id. */
public record OfficerUpdated(
        String officerId,
        String name,
        String agencyCode,
        String regionCode,
        String post,
        List<String> enforcementFields,
        Instant effectiveAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return officerId;
    }
}

package cn.enforcement.platform.events.personnel;

import cn.enforcement.platform.events.DomainEvent;
import java.time.Instant;

/** An officer left their enforcement post (离岗); their credential is cancelled with it. Key = officer id. */
public record OfficerLeftPost(
        String officerId,
        String agencyCode,
        String regionCode,
        String reason,
        Instant effectiveAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return officerId;
    }
}

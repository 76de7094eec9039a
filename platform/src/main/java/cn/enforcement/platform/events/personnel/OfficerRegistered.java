package cn.enforcement.platform.events.personnel;

import cn.enforcement.platform.events.DomainEvent;
import java.time.Instant;
import java.util.List;

/**
 * An officer entered the agency's enforcement registry (执法人员).
 *
 * @param username the officer's login, when linked, so services can tell which officer a caller is
 */
public record OfficerRegistered(
        String officerId,
        String name,
        String agencyCode,
        String regionCode,
        String post,
        List<String> enforcementFields,
        String username,
        Instant registeredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return officerId;
    }
}

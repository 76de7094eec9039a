package cn.enforcement.platform.events.personnel;

import cn.enforcement.platform.events.DomainEvent;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Whether an officer holds the national legal professional qualification (法律职业资格), which a
 * first-time legal reviewer needs (PL 58). Key = officer id.
 */
public record LegalQualificationRecorded(
        String officerId,
        String agencyCode,
        String regionCode,
        boolean qualified,
        String certificateNumber,
        LocalDate obtainedOn,
        Instant effectiveAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return officerId;
    }
}

package cn.enforcement.platform.events.disclosure;

import cn.enforcement.platform.events.DomainEvent;
import java.time.Instant;
import java.time.LocalDate;

/** A record was taken off the public listing with the reason: the decision was revoked or changed (PL 48). Key = case id. */
public record DisclosureWithdrawn(
        String recordId,
        String caseId,
        String caseNumber,
        String agencyCode,
        String regionCode,
        String reason,
        LocalDate dueOn,
        boolean onTime,
        String withdrawnBy,
        Instant withdrawnAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return caseId;
    }
}

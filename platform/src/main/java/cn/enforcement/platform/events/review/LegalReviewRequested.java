package cn.enforcement.platform.events.review;

import cn.enforcement.platform.events.DomainEvent;
import java.time.Instant;
import java.util.List;

/** Case-service asks for legal review (法制审核) of a major decision before it is made (PL 58). */
public record LegalReviewRequested(
        String caseId,
        String agencyCode,
        String regionCode,
        List<String> reasons,
        List<String> handlingOfficerIds,
        Instant requestedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return caseId;
    }
}

package cn.enforcement.platform.events.review;

import cn.enforcement.platform.events.DomainEvent;
import java.time.Instant;
import java.time.LocalDate;

/** A legal review was not concluded by its last day; published once per review. Key = case id. */
public record LegalReviewOverdue(
        String reviewId,
        String caseId,
        String caseNumber,
        String agencyCode,
        String regionCode,
        LocalDate dueOn,
        String reviewerId,
        Instant at) implements DomainEvent {

    @Override
    public String aggregateId() {
        return caseId;
    }
}

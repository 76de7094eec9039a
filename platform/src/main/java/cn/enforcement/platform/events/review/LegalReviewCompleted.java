package cn.enforcement.platform.events.review;

import cn.enforcement.platform.events.DomainEvent;
import java.time.Instant;

/** The outcome of a legal review; only {@link Outcome#APPROVED} lets a major decision be made (PL 58). */
public record LegalReviewCompleted(
        String reviewId,
        String caseId,
        String agencyCode,
        String regionCode,
        Outcome outcome,
        String reviewerId,
        String opinion,
        Instant completedAt) implements DomainEvent {

    public enum Outcome { APPROVED, RETURNED_FOR_CORRECTION, REJECTED }

    @Override
    public String aggregateId() {
        return caseId;
    }
}

package cn.enforcement.platform.events.review;

import cn.enforcement.platform.events.DomainEvent;
import java.time.Instant;

/**
 * The outcome of a legal review round; only {@link Outcome#APPROVED} lets a major decision be made
 * (PL 58). {@code requestId} names the request it answers: case-service applies only the latest.
 *
 * @param toSupplement what the handling officers must supplement, when returned
 */
public record LegalReviewCompleted(
        String reviewId,
        String requestId,
        String caseId,
        String agencyCode,
        String regionCode,
        Outcome outcome,
        String reviewerId,
        String opinion,
        String toSupplement,
        Instant completedAt) implements DomainEvent {

    public enum Outcome { APPROVED, RETURNED_FOR_CORRECTION, REJECTED }

    @Override
    public String aggregateId() {
        return caseId;
    }
}

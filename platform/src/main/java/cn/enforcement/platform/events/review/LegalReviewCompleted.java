package cn.enforcement.platform.events.review;

import cn.enforcement.platform.events.DomainEvent;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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

    @Schema(name = "ReviewOutcome", description = "What the legal review (法制审核, PL 58) concluded")
    public enum Outcome {
        @Schema(description = "同意: the decision may be made as proposed")
        APPROVED,
        @Schema(description = "退回补充: supplement the file and send it again")
        RETURNED_FOR_CORRECTION,
        @Schema(description = "不同意: not to be decided as proposed")
        REJECTED
    }

    @Override
    public String aggregateId() {
        return caseId;
    }
}

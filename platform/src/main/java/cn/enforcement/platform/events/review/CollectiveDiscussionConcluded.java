package cn.enforcement.platform.events.review;

import cn.enforcement.platform.events.DomainEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The agency's heads discussed a case collectively (集体讨论, PL 57 ¶2) after its legal review.
 * {@code forDecision} says whether they concluded that the decision be made; {@code onDispute} that the
 * handling unit disputed a review that did not approve, so the heads' conclusion settles it.
 */
public record CollectiveDiscussionConcluded(
        String discussionId,
        String reviewId,
        String requestId,
        String caseId,
        String agencyCode,
        String regionCode,
        LocalDate heldOn,
        List<Participant> participants,
        boolean forDecision,
        boolean onDispute,
        String conclusion,
        Instant recordedAt) implements DomainEvent {

    /** One who took part, with the post they hold. */
    public record Participant(String name, String post) {
    }

    @Override
    public String aggregateId() {
        return caseId;
    }
}

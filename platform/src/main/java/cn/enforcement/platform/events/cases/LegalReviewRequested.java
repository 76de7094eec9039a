package cn.enforcement.platform.events.cases;

import java.time.Instant;
import java.util.List;

/**
 * A major decision needs legal review (法制审核) before it is made (PL 58); review-service takes it
 * from here. Each request is a round: a case returned for supplement is sent again as a new round
 * with a new request id, and only the outcome of the latest request counts.
 */
public record LegalReviewRequested(
        CaseRef caseRef,
        String requestId,
        int round,
        List<String> reasons,
        boolean collectiveDiscussionRequired,
        List<String> handlingCredentials,
        ReviewFile file,
        Instant at) implements CaseEvent {
}

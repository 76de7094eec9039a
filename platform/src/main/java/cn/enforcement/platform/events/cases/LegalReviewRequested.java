package cn.enforcement.platform.events.cases;

import java.time.Instant;
import java.util.List;

/**
 * A major decision needs legal review (法制审核) before it is made (PL 58); review-service takes it
 * from here. The reviewer must not be one of the handling officers.
 */
public record LegalReviewRequested(
        CaseRef caseRef,
        List<String> reasons,
        List<String> handlingCredentials,
        Instant at) implements CaseEvent {
}

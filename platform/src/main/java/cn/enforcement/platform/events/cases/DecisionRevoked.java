package cn.enforcement.platform.events.cases;

import java.time.Instant;

/** The decision was changed, revoked or declared illegal by reconsideration or a court; its disclosure is withdrawn. */
public record DecisionRevoked(
        CaseRef caseRef,
        String revokedBy,
        String reason,
        Instant at) implements CaseEvent {
}

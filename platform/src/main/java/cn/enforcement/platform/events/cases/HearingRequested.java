package cn.enforcement.platform.events.cases;

import java.time.Instant;

/** The party asked for a hearing (PL 63-64). */
public record HearingRequested(
        CaseRef caseRef,
        Instant at) implements CaseEvent {
}

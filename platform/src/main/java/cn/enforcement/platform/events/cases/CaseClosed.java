package cn.enforcement.platform.events.cases;

import java.time.Instant;

/** The case was closed (结案). */
public record CaseClosed(
        CaseRef caseRef,
        String outcome,
        Instant at) implements CaseEvent {
}

package cn.enforcement.platform.events.cases;

import java.time.Instant;
import java.time.LocalDate;

/** A reconsideration or lawsuit concluded: upheld, changed, revoked, declared illegal, withdrawn or dismissed. Key = case id. */
public record RemedyConcluded(
        CaseRef caseRef,
        String remedyId,
        String kind,
        LocalDate concludedOn,
        String outcome,
        Instant at) implements CaseEvent {
}

package cn.enforcement.platform.events.cases;

import java.time.Instant;
import java.time.LocalDate;

/** The party applied for reconsideration (复议) or sued (诉讼) against the decision (PL 73). Key = case id. */
public record RemedyFiled(
        CaseRef caseRef,
        String remedyId,
        String kind,
        String reviewingBody,
        LocalDate filedOn,
        Instant at) implements CaseEvent {
}

package cn.enforcement.platform.events.cases;

import java.time.Instant;

/** The agency head approved the filing (PL 54; TR 62-63), or recorded a summary decision's filing (TR 61). */
public record CaseFilingApproved(
        CaseRef caseRef,
        String approvedBy,
        Instant at) implements CaseEvent {
}

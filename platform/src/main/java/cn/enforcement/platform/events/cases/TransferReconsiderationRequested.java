package cn.enforcement.platform.events.cases;

import java.time.Instant;

/** The agency asked the receiving body to reconsider its refusal (提请复议, TP 9); it answers within 3 days. */
public record TransferReconsiderationRequested(
        CaseRef caseRef,
        String transferId,
        String receivingBodyCode,
        String reasons,
        Instant at) implements CaseEvent {
}

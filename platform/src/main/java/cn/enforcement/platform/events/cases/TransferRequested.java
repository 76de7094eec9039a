package cn.enforcement.platform.events.cases;

import java.time.Instant;

/** The handling officers asked the head to transfer the case as a suspected crime; the head decides within 3 days (TP 5). */
public record TransferRequested(
        CaseRef caseRef,
        String transferId,
        String receivingBodyCode,
        String reasons,
        Instant at) implements CaseEvent {
}

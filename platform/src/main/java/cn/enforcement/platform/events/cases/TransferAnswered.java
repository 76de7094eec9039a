package cn.enforcement.platform.events.cases;

import java.time.Instant;

/** The receiving body filed the transferred case (立案) or refused to, with its reasons (TP 8, 9). */
public record TransferAnswered(
        CaseRef caseRef,
        String transferId,
        String receivingBodyCode,
        boolean accepted,
        String remarks,
        boolean afterReconsideration,
        Instant at) implements CaseEvent {
}

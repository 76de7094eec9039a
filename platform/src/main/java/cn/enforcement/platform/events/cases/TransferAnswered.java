package cn.enforcement.platform.events.cases;

import java.time.Instant;

/** The receiving body accepted or refused the transfer. */
public record TransferAnswered(
        CaseRef caseRef,
        boolean accepted,
        String remarks,
        Instant at) implements CaseEvent {
}

package cn.enforcement.platform.events.cases;

import java.time.Instant;

/**
 * The head approved the transfer (delivered within 24 hours, TP 5) or decided not to transfer, with the
 * reasons: a case whose facts reach a criminal threshold is fined only after such reasons are on record.
 */
public record TransferDecided(
        CaseRef caseRef,
        String transferId,
        boolean approved,
        String reasons,
        Instant at) implements CaseEvent {
}

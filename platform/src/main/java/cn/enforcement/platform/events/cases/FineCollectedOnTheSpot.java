package cn.enforcement.platform.events.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An officer collected a summary fine of at most 100 yuan on the spot against the official receipt
 * (当场收缴, PL 68, 70); the money is due at the agency by {@code handOverBy} (PL 71). The fine is paid.
 */
public record FineCollectedOnTheSpot(
        CaseRef caseRef,
        BigDecimal amount,
        String receiptNumber,
        LocalDate handOverBy,
        Instant at) implements CaseEvent {
}

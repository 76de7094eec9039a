package cn.enforcement.platform.events.cases;

import java.math.BigDecimal;
import java.time.Instant;

/** The bank confirmed payment of the fine (罚缴分离, PL 67), with any late fee (PL 72). */
public record FinePaid(
        CaseRef caseRef,
        BigDecimal amount,
        BigDecimal lateFee,
        String bankReference,
        boolean paidInFull,
        Instant at) implements CaseEvent {
}

package cn.enforcement.platform.events.cases;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The bank confirmed a payment of the fine (罚缴分离, PL 67), with any late fee (PL 72). What is still
 * owed after it is {@code outstanding}; what was paid beyond the fine and late fee is {@code refundDue}.
 */
public record FinePaid(
        CaseRef caseRef,
        BigDecimal amount,
        BigDecimal lateFee,
        String bankReference,
        boolean paidInFull,
        BigDecimal outstanding,
        BigDecimal refundDue,
        Instant at) implements CaseEvent {
}

package cn.enforcement.platform.events.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The party was notified of the intended penalty with its facts, reasons, basis and rights (告知, PL 44, 62, 63). */
public record NoticeIssued(
        CaseRef caseRef,
        String penaltyKind,
        BigDecimal amount,
        boolean hearingRights,
        LocalDate statementLastDay,
        LocalDate hearingRequestLastDay,
        Instant at) implements CaseEvent {
}

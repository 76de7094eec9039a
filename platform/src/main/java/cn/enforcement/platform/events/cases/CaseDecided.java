package cn.enforcement.platform.events.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The penalty decision was made (PL 59-60): what disclosure publishes and statistics count. */
public record CaseDecided(
        CaseRef caseRef,
        String penaltyKind,
        BigDecimal amount,
        String legalBasis,
        String partyType,
        String partyName,
        List<String> violationItems,
        String procedure,
        String organisationCreditCode,
        String facts,
        Instant at) implements CaseEvent {
}

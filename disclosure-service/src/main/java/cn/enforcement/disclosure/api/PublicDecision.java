package cn.enforcement.disclosure.api;

import cn.enforcement.disclosure.domain.DisclosureRecord;
import cn.enforcement.disclosure.domain.DisclosureStatus;
import cn.enforcement.platform.time.BeijingTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A decision as the public reads it (行政处罚决定公开): already redacted. A withdrawn record keeps its page,
 * which says it was withdrawn and why; its content is no longer shown.
 */
public record PublicDecision(String recordId, String decisionNumber, String agencyCode, String regionCode, String partyType,
        String partyName, String organisationCreditCode, List<String> violationItems, String facts, String legalBasis,
        String penaltyKind, BigDecimal amount, LocalDate decidedOn, Instant publishedAt, String status, Instant withdrawnAt,
        String withdrawalReason) {

    private static final Map<String, String> PENALTY_KINDS = Map.of("WARNING", "警告", "FINE", "罚款",
            "CONFISCATION", "没收违法所得、没收非法财物", "LICENCE_SUSPENSION", "暂扣许可证件",
            "ORDER_TO_STOP_PRODUCTION_OR_BUSINESS", "责令停产停业", "LICENCE_REVOCATION", "吊销许可证件");

    /** The penalty kind as the pages name it (PL 9). */
    public String penaltyKindText() {
        return PENALTY_KINDS.getOrDefault(penaltyKind, penaltyKind);
    }

    /** The day of publication in Beijing, for the pages. */
    public LocalDate publishedOn() {
        return publishedAt == null ? null : BeijingTime.dayOf(publishedAt);
    }

    /** The violation items as one line of text, for the pages. */
    public String items() {
        return String.join("、", violationItems);
    }

    static PublicDecision of(DisclosureRecord r) {
        boolean withdrawn = r.status == DisclosureStatus.WITHDRAWN;
        return new PublicDecision(r.recordId, r.caseNumber, r.agencyCode, r.regionCode, r.partyType, withdrawn ? null : r.partyName,
                withdrawn ? null : r.organisationCreditCode, r.violationItems, withdrawn ? null : r.facts, r.legalBasis,
                r.penaltyKind, withdrawn ? null : r.amount, BeijingTime.dayOf(r.decidedAt), r.publishedAt,
                withdrawn ? "WITHDRAWN" : "PUBLISHED", r.withdrawnAt, withdrawn ? r.revocationReason : null);
    }
}

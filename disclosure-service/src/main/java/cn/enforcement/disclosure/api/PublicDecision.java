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
 * A decision as the public reads it (行政处罚决定公开, with the fields of 双公示): already redacted, known by the decision's own
 * number (文号), never by the case number. A revoked decision says so from the moment of revocation; once withdrawn, its
 * content is no longer shown and the reason is.
 */
public record PublicDecision(String recordId, String decisionNumber, String agencyCode, String agencyName, String agencyCreditCode,
        String regionCode,
        String partyType, String partyName, String organisationCreditCode, String legalRepresentative, List<String> violationItems,
        List<String> violationItemNames, String facts, String legalBasis, String penaltyKind, String penaltyContent, BigDecimal amount,
        LocalDate decidedOn, LocalDate displayUntil, Instant publishedAt, String status, LocalDate revokedOn, Instant withdrawnAt,
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

    /** The day of withdrawal in Beijing, for the pages. */
    public LocalDate withdrawnOn() {
        return withdrawnAt == null ? null : BeijingTime.dayOf(withdrawnAt);
    }

    /** The violation items by name, as one line of text for the pages. */
    public String items() {
        return String.join("、", violationItemNames);
    }

    /** The party type as 双公示 names it. */
    public String partyTypeText() {
        return "INDIVIDUAL".equals(partyType) ? "自然人" : "法人及非法人组织";
    }

    static PublicDecision of(DisclosureRecord r, String agencyName, String agencyCreditCode, Map<String, String> itemNames) {
        boolean withdrawn = r.status == DisclosureStatus.WITHDRAWN;
        String status = withdrawn ? "WITHDRAWN" : r.revokedAt != null ? "REVOKED" : "PUBLISHED";
        String kind = PENALTY_KINDS.getOrDefault(r.penaltyKind, r.penaltyKind);
        String content = r.amount == null ? kind : kind + "人民币" + r.amount.stripTrailingZeros().toPlainString() + "元";
        return new PublicDecision(r.recordId, r.decisionNumber, r.agencyCode, agencyName, agencyCreditCode, r.regionCode, r.partyType,
                withdrawn ? null : r.partyName, withdrawn ? null : r.organisationCreditCode, withdrawn ? null : r.legalRepresentative,
                r.violationItems, r.violationItems.stream().map(code -> itemNames.getOrDefault(code, code)).toList(),
                withdrawn ? null : r.facts, withdrawn ? null : r.legalBasis, r.penaltyKind, withdrawn ? null : content,
                withdrawn ? null : r.amount, BeijingTime.dayOf(r.decidedAt), r.displayUntil, r.publishedAt, status,
                r.revokedAt == null ? null : BeijingTime.dayOf(r.revokedAt), r.withdrawnAt, withdrawn ? r.revocationReason : null);
    }
}

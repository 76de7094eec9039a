package cn.enforcement.disclosure.api;

import cn.enforcement.disclosure.domain.DisclosureDeadline;
import cn.enforcement.disclosure.domain.DisclosureLog;
import cn.enforcement.disclosure.domain.DisclosureRecord;
import cn.enforcement.disclosure.domain.NotPersonal;
import cn.enforcement.disclosure.domain.redaction.PersonalDataKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A record as the disclosure admin works on it: the redacted draft, its due date and flag, and its log. */
public record DisclosureView(String recordId, String caseId, String caseNumber, String decisionNumber, String agencyCode,
        String regionCode, String status, LocalDate dueOn, String dueExplanation, String flag, String partyType, String partyName,
        String organisationCreditCode, String legalRepresentative, List<String> violationItems, String facts, String legalBasis,
        String penaltyKind, BigDecimal amount, Instant decidedAt, List<String> maskedPhrases, List<Flag> personalDataFlags,
        List<NotPersonal> notPersonal, Instant publishedAt, String publishedBy, LocalDate displayUntil, Instant revokedAt,
        String revocationReason, Instant withdrawnAt, String withdrawnBy, List<Entry> log) {

    /** A span of the draft that looks personal and holds publication back until the admin masks it or declares it not personal. */
    @Schema(name = "PersonalDataFlag")
    public record Flag(String field, PersonalDataKind kind, int start, int end, String text) {
    }

    DisclosureView withFlags(List<Flag> flags) {
        return new DisclosureView(recordId, caseId, caseNumber, decisionNumber, agencyCode, regionCode, status, dueOn, dueExplanation,
                flag, partyType, partyName, organisationCreditCode, legalRepresentative, violationItems, facts, legalBasis, penaltyKind,
                amount, decidedAt, maskedPhrases, flags, notPersonal, publishedAt, publishedBy, displayUntil, revokedAt, revocationReason,
                withdrawnAt, withdrawnBy, log);
    }

    @Schema(name = "DisclosureLogEntry")
    public record Entry(String action, String subject, String detail, Instant at) {
    }

    static DisclosureView of(DisclosureRecord r, DisclosureDeadline deadline, LocalDate today, boolean withLog) {
        return new DisclosureView(r.recordId, r.caseId, r.caseNumber, r.decisionNumber, r.agencyCode, r.regionCode, r.status.name(),
                r.dueOn, r.dueExplanation, r.hasOpenDuty() ? deadline.flag(r.dueOn, today).name() : null, r.partyType, r.partyName,
                r.organisationCreditCode, r.legalRepresentative, r.violationItems, r.facts, r.legalBasis, r.penaltyKind, r.amount,
                r.decidedAt, r.maskedPhrases, null, r.notPersonal, r.publishedAt, r.publishedBy, r.displayUntil, r.revokedAt, r.revocationReason, r.withdrawnAt, r.withdrawnBy,
                withLog ? DisclosureLog.of(r.recordId).stream().map(e -> new Entry(e.action, e.subject, e.detail, e.at)).toList() : null);
    }
}

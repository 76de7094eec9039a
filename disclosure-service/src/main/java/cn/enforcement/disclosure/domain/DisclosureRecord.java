package cn.enforcement.disclosure.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The public record of one decision (行政处罚决定公开): only what may be published, already redacted;
 * nothing here needs masking again on the way out.
 */
@Entity
@Table(name = "disclosure_record")
public class DisclosureRecord extends PanacheEntityBase {

    @Id
    @Column(name = "record_id")
    public String recordId;

    @Column(name = "case_id", nullable = false, unique = true)
    public String caseId;

    /** The case number: for staff and partners, never shown to the public. */
    @Column(name = "case_number", nullable = false)
    public String caseNumber;

    /** The decision's own number (文号, 吉长交执罚〔2026〕第0001号) once its document is issued; the public knows it by this. */
    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(nullable = false)
    public String procedure;

    @Column(name = "party_type", nullable = false)
    public String partyType;

    /** An organisation's name, or an individual's masked (张某某). */
    @Column(name = "party_name", nullable = false)
    public String partyName;

    @Column(name = "organisation_credit_code")
    public String organisationCreditCode;

    /** An organisation's legal representative (法定代表人), published with its decision (双公示). */
    @Column(name = "legal_representative")
    public String legalRepresentative;

    @Column(name = "violation_items", nullable = false)
    public List<String> violationItems;

    /** The facts as the public may read them. */
    @Column(nullable = false)
    public String facts;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    @Column(name = "penalty_kind", nullable = false)
    public String penaltyKind;

    public BigDecimal amount;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisclosureStatus status;

    /** Phrases the disclosure admin masked beyond the automatic redaction. */
    @Column(name = "masked_phrases", nullable = false)
    public List<String> maskedPhrases = new ArrayList<>();

    /** Spans the disclosure admin declared not personal, with why: they no longer hold publication back. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "not_personal", nullable = false)
    public List<NotPersonal> notPersonal = new ArrayList<>();

    /** The last day of the duty now open: publication while a draft, withdrawal once revoked. */
    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(name = "due_explanation", nullable = false)
    public String dueExplanation;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by")
    public String publishedBy;

    /** Published by its due date: kept for the annual statistics' timeliness. */
    @Column(name = "published_on_time", nullable = false)
    public boolean publishedOnTime;

    /** The end of the display period (公示期限): the listing shows the record until then. */
    @Column(name = "display_until")
    public LocalDate displayUntil;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revocation_reason")
    public String revocationReason;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    /** The open duty's overdue was published; cleared when a new duty opens. */
    @Column(name = "overdue_published_at")
    public Instant overduePublishedAt;

    @Version
    public long version;

    /** The texts not yet declared not personal. */
    public List<String> notPersonalTexts() {
        return notPersonal.stream().map(NotPersonal::text).toList();
    }

    /** A duty (publication or withdrawal) is still to be done by its due date. */
    public boolean hasOpenDuty() {
        return status == DisclosureStatus.DRAFT || status == DisclosureStatus.WITHDRAWAL_DUE;
    }
}

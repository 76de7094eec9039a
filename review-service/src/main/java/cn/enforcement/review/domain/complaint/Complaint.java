package cn.enforcement.review.domain.complaint;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A complaint or report from the public (投诉举报), its handling and its answer. */
@Entity
@Table(name = "complaint")
public class Complaint extends PanacheEntityBase {

    @Id
    @Column(name = "tracking_number")
    public String trackingNumber;

    /** SHA-256 of the secret handed to the complainant; the secret itself is kept nowhere. */
    @Column(name = "secret_hash", nullable = false)
    public String secretHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ComplaintKind kind;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    /** The agency concerned, once routed (or named by the complainant). */
    @Column(name = "agency_code")
    public String agencyCode;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String content;

    @Column(name = "occurred_on")
    public LocalDate occurredOn;

    public String place;

    /** The credential number of the officer complained of, as the complainant read it from the officer's card. */
    @Column(name = "officer_credential")
    public String officerCredential;

    @Column(name = "violation_item")
    public String violationItem;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ComplaintStatus status;

    public String answer;

    @Enumerated(EnumType.STRING)
    public ComplaintOutcome outcome;

    @Column(name = "answered_by")
    public String answeredBy;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "answered_in_time")
    public Boolean answeredInTime;

    /** The case the complaint led to (case source COMPLAINT_OR_REPORT). */
    @Column(name = "case_id")
    public String caseId;

    @Column(name = "ledger_entry_id")
    public String ledgerEntryId;

    @Column(name = "overdue_published_on")
    public LocalDate overduePublishedOn;

    @Version
    public long version;

    public boolean overdueOn(LocalDate day) {
        return status != ComplaintStatus.ANSWERED && dueOn.isBefore(day);
    }
}

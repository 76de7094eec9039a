package cn.enforcement.review.domain;

import cn.enforcement.platform.events.review.LegalReviewCompleted.Outcome;
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
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One round of legal review (法制审核) of a case: the file as sent, the reviewer, the checklist and the outcome. */
@Entity
@Table(name = "legal_review")
public class LegalReview extends PanacheEntityBase {

    @Id
    @Column(name = "review_id")
    public String reviewId;

    @Column(name = "request_id", nullable = false, unique = true)
    public String requestId;

    @Column(name = "case_id", nullable = false)
    public String caseId;

    @Column(name = "case_number", nullable = false)
    public String caseNumber;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(nullable = false)
    public int round;

    @Column(nullable = false)
    public List<String> reasons;

    @Column(name = "discussion_required", nullable = false)
    public boolean discussionRequired;

    @Column(name = "handling_officer_ids", nullable = false)
    public List<String> handlingOfficerIds;

    /** The review file (送审材料) as JSON, exactly as case-service sent it. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "review_file", nullable = false)
    public String reviewFile;

    /** What changed in the file since the previous round. */
    @Column(nullable = false)
    public List<String> changes;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(name = "due_explanation", nullable = false)
    public String dueExplanation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewStatus status;

    @Column(name = "reviewer_id")
    public String reviewerId;

    @Column(name = "assigned_at")
    public Instant assignedAt;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    /** The legal review opinion (法制审核意见). */
    public String opinion;

    @Column(name = "to_supplement")
    public String toSupplement;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<ChecklistAnswer> checklist;

    @Column(name = "concluded_at")
    public Instant concludedAt;

    @Column(name = "overdue_published_at")
    public Instant overduePublishedAt;

    @Column(name = "disputed_at")
    public Instant disputedAt;

    @Column(name = "dispute_reason")
    public String disputeReason;

    @Version
    public long version;

    public boolean isOpen() {
        return status == ReviewStatus.PENDING || status == ReviewStatus.IN_REVIEW;
    }

    public static Optional<LegalReview> latestOf(String caseId) {
        return find("caseId = ?1 order by round desc", caseId).firstResultOptional();
    }
}

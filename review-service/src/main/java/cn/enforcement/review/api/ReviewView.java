package cn.enforcement.review.api;

import cn.enforcement.review.domain.ChecklistAnswer;
import cn.enforcement.review.domain.CollectiveDiscussion;
import cn.enforcement.review.domain.LegalReview;
import cn.enforcement.review.domain.ReviewDeadline;
import cn.enforcement.review.readmodel.KnownOfficer;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A round of legal review as the API shows it; the file only when one review is read. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReviewView(String reviewId, String requestId, String caseId, String caseNumber, String agencyCode, String regionCode,
        int round, List<String> reasons, boolean discussionRequired, String status, Instant receivedAt, LocalDate dueOn,
        String dueExplanation, String flag, Reviewer reviewer, Instant assignedAt, String outcome, String opinion, String toSupplement,
        List<ChecklistAnswer> checklist, Instant concludedAt, Instant disputedAt, String disputeReason, List<String> changes,
        @JsonRawValue String file, List<Discussion> discussions) {

    public record Reviewer(String officerId, String name, String agencyCode) {
    }

    public record Discussion(String discussionId, LocalDate heldOn, List<?> participants, boolean forDecision, boolean onDispute,
            String conclusion, String dissent, String recordedBy, Instant recordedAt) {
    }

    static ReviewView summary(LegalReview r, ReviewDeadline deadline, LocalDate today) {
        return of(r, deadline, today, false);
    }

    static ReviewView full(LegalReview r, ReviewDeadline deadline, LocalDate today) {
        return of(r, deadline, today, true);
    }

    private static ReviewView of(LegalReview r, ReviewDeadline deadline, LocalDate today, boolean withFile) {
        KnownOfficer reviewer = r.reviewerId == null ? null : KnownOfficer.findById(r.reviewerId);
        return new ReviewView(r.reviewId, r.requestId, r.caseId, r.caseNumber, r.agencyCode, r.regionCode, r.round, r.reasons,
                r.discussionRequired, r.status.name(), r.receivedAt, r.dueOn, r.dueExplanation,
                r.isOpen() ? deadline.flag(r.dueOn, today).name() : null,
                reviewer == null ? null : new Reviewer(reviewer.officerId, reviewer.name, reviewer.agencyCode), r.assignedAt,
                r.outcome == null ? null : r.outcome.name(), r.opinion, r.toSupplement, r.checklist, r.concludedAt, r.disputedAt,
                r.disputeReason, r.changes, withFile ? r.reviewFile : null,
                withFile ? CollectiveDiscussion.of(r.reviewId).stream().map(ReviewView::discussion).toList() : null);
    }

    private static Discussion discussion(CollectiveDiscussion d) {
        return new Discussion(d.discussionId, d.heldOn, d.participants, d.forDecision, d.onDispute, d.conclusion, d.dissent, d.recordedBy,
                d.recordedAt);
    }
}

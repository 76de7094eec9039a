package cn.enforcement.review.domain;

import cn.enforcement.platform.calendar.KeptCalendar;
import cn.enforcement.platform.events.cases.LegalReviewRequested;
import cn.enforcement.platform.events.cases.ReviewFile;
import cn.enforcement.platform.events.review.CollectiveDiscussionConcluded;
import cn.enforcement.platform.events.review.LegalReviewCompleted;
import cn.enforcement.platform.events.review.LegalReviewCompleted.Outcome;
import cn.enforcement.platform.events.review.LegalReviewOverdue;
import cn.enforcement.platform.inbox.EventRefusedException;
import cn.enforcement.platform.outbox.Outbox;
import cn.enforcement.platform.time.BeijingTime;
import cn.enforcement.review.readmodel.KnownOfficer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The legal office's desk (法制审核机构): requests received as rounds, assigned to an eligible reviewer,
 * concluded on the ten points with an opinion, disputed by the handling unit, and discussed by the
 * heads. Every outcome leaves through the outbox in the transaction that records it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LegalReviewDesk {

    private final Outbox outbox;
    private final Clock clock;
    private final ObjectMapper json;
    private final KeptCalendar calendar;
    private final ReviewDeadline deadline;
    private final ReviewerEligibility eligibility;
    private final DiscussionQuorum quorum;

    LegalReviewDesk(Outbox outbox, Clock clock, ObjectMapper json, KeptCalendar calendar, ReviewRules rules) {
        this.outbox = outbox;
        this.clock = clock;
        this.json = json;
        this.calendar = calendar;
        this.deadline = new ReviewDeadline(rules.deadlineWorkingDays(), rules.warningDays());
        this.eligibility = new ReviewerEligibility(rules.reviewingBodies().orElse(List.of()));
        this.quorum = new DiscussionQuorum(rules.collectiveDiscussionQuorum());
    }

    public ReviewDeadline deadline() {
        return deadline;
    }

    /** A new round: an open earlier round of the case is superseded, and the changes since the last round noted. */
    public LegalReview received(LegalReviewRequested request) {
        if (request.requestId() == null || request.file() == null) {
            throw new EventRefusedException("request of case " + request.caseRef().caseNumber()
                    + " carries no request id or review file (an earlier version of the event)");
        }
        LegalReview previous = LegalReview.latestOf(request.caseRef().caseId()).orElse(null);
        if (previous != null && previous.isOpen()) {
            previous.status = ReviewStatus.SUPERSEDED;
        }
        Instant now = clock.instant();
        LegalReview review = new LegalReview();
        review.reviewId = UUID.randomUUID().toString();
        review.requestId = request.requestId();
        review.caseId = request.caseRef().caseId();
        review.caseNumber = request.caseRef().caseNumber();
        review.agencyCode = request.caseRef().agencyCode();
        review.regionCode = request.caseRef().regionCode();
        review.round = request.round();
        review.reasons = request.reasons();
        review.discussionRequired = request.collectiveDiscussionRequired();
        review.handlingOfficerIds = request.file().handlingOfficers().stream().map(ReviewFile.HandlingOfficer::officerId)
                .filter(Objects::nonNull).toList();
        review.reviewFile = write(request.file());
        review.changes = ReviewChanges.between(previous == null ? null : read(previous.reviewFile), request.file());
        review.receivedAt = now;
        setDueDate(review);
        review.status = ReviewStatus.PENDING;
        if (previous != null && previous.reviewerId != null && eligibleStill(previous.reviewerId, review)) {
            review.reviewerId = previous.reviewerId;
            review.assignedAt = now;
            review.status = ReviewStatus.IN_REVIEW;
        }
        review.persist();
        return review;
    }

    public void assign(LegalReview review, String reviewerId) {
        requireOpen(review);
        KnownOfficer reviewer = KnownOfficer.findById(reviewerId);
        LocalDate today = BeijingTime.today(clock);
        eligibility.require(reviewer, review.agencyCode, review.handlingOfficerIds, today);
        if (reviewer.firstEngagedOn == null) {
            reviewer.firstEngagedOn = today;
        }
        review.reviewerId = reviewer.officerId;
        review.assignedAt = clock.instant();
        review.status = ReviewStatus.IN_REVIEW;
    }

    public void conclude(LegalReview review, KnownOfficer caller, Outcome outcome, List<ChecklistAnswer> checklist, String opinion,
            String toSupplement) {
        requireOpen(review);
        if (review.status != ReviewStatus.IN_REVIEW || caller == null || !caller.officerId.equals(review.reviewerId)) {
            throw ReviewProblem.NOT_THE_ASSIGNED_REVIEWER.refuse("only the reviewer assigned to this review concludes it");
        }
        ReviewChecklist.require(checklist, outcome);
        ReviewChecklist.requireSupplementNamed(outcome, toSupplement);
        review.outcome = outcome;
        review.checklist = checklist;
        review.opinion = opinion;
        review.toSupplement = outcome == Outcome.RETURNED_FOR_CORRECTION ? toSupplement : null;
        review.concludedAt = clock.instant();
        review.status = ReviewStatus.CONCLUDED;
        outbox.publish(new LegalReviewCompleted(review.reviewId, review.requestId, review.caseId, review.agencyCode, review.regionCode,
                outcome, review.reviewerId, opinion, review.toSupplement, review.concludedAt));
    }

    /** The handling unit disputes an outcome that did not approve: the heads' collective discussion settles it. */
    public void dispute(LegalReview review, String reason) {
        requireLatestConcluded(review);
        if (review.outcome == Outcome.APPROVED || review.disputedAt != null) {
            throw ReviewProblem.DISPUTE_NOT_OPEN.refuse(
                    review.disputedAt != null ? "the outcome is already disputed" : "an approved review is not disputed");
        }
        review.disputedAt = clock.instant();
        review.disputeReason = reason;
    }

    public CollectiveDiscussion discuss(LegalReview review, LocalDate heldOn, List<CollectiveDiscussionConcluded.Participant> participants,
            boolean forDecision, String conclusion, String dissent, String recordedBy) {
        requireLatestConcluded(review);
        boolean onDispute = review.disputedAt != null;
        CollectiveDiscussionOccasion.requireDue(review.outcome, review.discussionRequired, onDispute);
        CollectiveDiscussionOccasion.requireHeldBetween(heldOn, BeijingTime.dayOf(review.concludedAt), BeijingTime.today(clock));
        quorum.require((int) participants.stream().map(CollectiveDiscussionConcluded.Participant::name).distinct().count());
        CollectiveDiscussion discussion = new CollectiveDiscussion();
        discussion.discussionId = UUID.randomUUID().toString();
        discussion.reviewId = review.reviewId;
        discussion.heldOn = heldOn;
        discussion.participants = participants;
        discussion.forDecision = forDecision;
        discussion.onDispute = onDispute;
        discussion.conclusion = conclusion;
        discussion.dissent = dissent;
        discussion.recordedBy = recordedBy;
        discussion.recordedAt = clock.instant();
        discussion.persist();
        outbox.publish(new CollectiveDiscussionConcluded(discussion.discussionId, review.reviewId, review.requestId, review.caseId,
                review.agencyCode, review.regionCode, heldOn, participants, forDecision, onDispute, conclusion, discussion.recordedAt));
        return discussion;
    }

    /** Open reviews past their last day, each published once. */
    public int publishOverdue() {
        LocalDate today = BeijingTime.today(clock);
        List<LegalReview> overdue = LegalReview.list("status in ?1 and dueOn < ?2 and overduePublishedAt is null",
                List.of(ReviewStatus.PENDING, ReviewStatus.IN_REVIEW), today);
        for (LegalReview review : overdue) {
            review.overduePublishedAt = clock.instant();
            outbox.publish(new LegalReviewOverdue(review.reviewId, review.caseId, review.caseNumber, review.agencyCode, review.regionCode,
                    review.dueOn, review.reviewerId, review.overduePublishedAt));
        }
        return overdue.size();
    }

    /** The calendar changed: open reviews' last days are counted again. */
    public void recountOpenDueDates() {
        LegalReview.<LegalReview>list("status in ?1", List.of(ReviewStatus.PENDING, ReviewStatus.IN_REVIEW)).forEach(review -> {
            LocalDate before = review.dueOn;
            setDueDate(review);
            if (!review.dueOn.equals(before)) {
                review.overduePublishedAt = null;
            }
        });
    }

    private void setDueDate(LegalReview review) {
        var due = deadline.dueFor(BeijingTime.dayOf(review.receivedAt), calendar.current());
        review.dueOn = due.lastDay();
        review.dueExplanation = due.explanation();
    }

    private boolean eligibleStill(String reviewerId, LegalReview review) {
        return eligibility.allows(KnownOfficer.findById(reviewerId), review.agencyCode, review.handlingOfficerIds, BeijingTime.today(clock));
    }

    private static void requireOpen(LegalReview review) {
        if (!review.isOpen()) {
            throw ReviewProblem.REVIEW_CLOSED.refuse("the review is " + review.status);
        }
    }

    private static void requireLatestConcluded(LegalReview review) {
        LegalReview latest = LegalReview.latestOf(review.caseId).orElse(review);
        if (review.status != ReviewStatus.CONCLUDED || !latest.reviewId.equals(review.reviewId)) {
            throw ReviewProblem.REVIEW_NOT_LATEST_CONCLUDED.refuse(
                    "only the concluded latest round of a case is disputed or discussed; this one is " + review.status
                            + (latest.reviewId.equals(review.reviewId) ? "" : ", and round " + latest.round + " follows it"));
        }
    }

    private String write(ReviewFile file) {
        try {
            return json.writeValueAsString(file);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the review file cannot be written as JSON", e);
        }
    }

    public ReviewFile read(String file) {
        try {
            return json.readValue(file, ReviewFile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored review file cannot be read", e);
        }
    }
}

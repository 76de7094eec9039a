package cn.enforcement.cases.domain.procedure;

import cn.enforcement.cases.domain.ActContext;
import cn.enforcement.cases.domain.CaseJournal;
import cn.enforcement.cases.domain.TimelineAct;
import cn.enforcement.cases.domain.CaseAct;
import cn.enforcement.cases.domain.CaseRules;
import cn.enforcement.cases.domain.MajorDecisionClearance;
import cn.enforcement.cases.domain.PartyType;
import cn.enforcement.cases.domain.Penalty;
import cn.enforcement.cases.domain.PenaltyCase;
import cn.enforcement.platform.law.ProcedureNumbers;
import cn.enforcement.platform.events.cases.LegalReviewRequested;
import cn.enforcement.platform.events.review.CollectiveDiscussionConcluded;
import cn.enforcement.platform.events.review.LegalReviewCompleted;
import cn.enforcement.platform.inbox.EventRefusedException;
import cn.enforcement.platform.law.LegalReviewRequirement;
import cn.enforcement.platform.law.LegalReviewRequirement.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * PL 58: the legal review (法制审核) a major decision needs, in rounds: asked for when due, sent again
 * after a return for supplement, and its outcome, and the heads' collective discussion (PL 57 ¶2),
 * taken only when they answer the case's latest request.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseLegalReview {

    private final CaseJournal journal;
    private final LegalReviewRequirement requirement;
    private final MajorDecisionClearance clearance;

    CaseLegalReview(CaseJournal journal, CaseRules rules, ProcedureNumbers law) {
        this.journal = journal;
        this.requirement = new LegalReviewRequirement(law.hearingRights());
        this.clearance = new MajorDecisionClearance(rules.collectiveDiscussionFor());
    }

    /** After the notice, and again after a hearing: a review is asked for whenever the intended penalty needs one. */
    void requestIfNeeded(PenaltyCase penaltyCase, ActContext act) {
        Set<Reason> reasons = reasons(penaltyCase, penaltyCase.notified());
        if (!reasons.isEmpty()) {
            request(penaltyCase, reasons, act);
        }
    }

    /** The handling officers send a case returned for supplement (补充调查) back for review, as a new round. */
    public void sendAgain(PenaltyCase penaltyCase, ActContext act) {
        penaltyCase.require(CaseAct.SEND_FOR_REVIEW_AGAIN);
        HandlingOfficers.requireMayAct(penaltyCase, act.performedAt());
        request(penaltyCase, reasons(penaltyCase, penaltyCase.notified()), act);
    }

    void requireClearedFor(PenaltyCase penaltyCase, Penalty decided) {
        MajorDecisionClearance.Round latest = penaltyCase.reviewRequestId == null ? null
                : new MajorDecisionClearance.Round(penaltyCase.reviewOutcome, penaltyCase.discussionForDecisionAt != null,
                        penaltyCase.discussionOnDispute);
        clearance.require(reasons(penaltyCase, decided), latest);
    }

    /** A review outcome from review-service; one that does not answer this case's latest request is refused. */
    public void completed(PenaltyCase penaltyCase, LegalReviewCompleted review) {
        requireAnswersLatest(penaltyCase, review.agencyCode(), review.requestId(), "review " + review.reviewId());
        if (penaltyCase.reviewOutcome != null) {
            throw new EventRefusedException("review " + review.reviewId() + ": request " + review.requestId() + " was already answered "
                    + penaltyCase.reviewOutcome);
        }
        penaltyCase.legalReviewCompleted(review);
        journal.record(penaltyCase, TimelineAct.ofReviewOutcome(review.outcome()), journal.reported("review-service"),
                review.opinion() + (review.toSupplement() == null ? "" : "; to supplement: " + review.toSupplement()));
    }

    /** The heads' collective discussion of the latest round, recorded in review-service. */
    public void discussed(PenaltyCase penaltyCase, CollectiveDiscussionConcluded discussion) {
        requireAnswersLatest(penaltyCase, discussion.agencyCode(), discussion.requestId(), "discussion " + discussion.discussionId());
        if (penaltyCase.reviewOutcome == null) {
            throw new EventRefusedException("discussion " + discussion.discussionId() + ": the review of request "
                    + discussion.requestId() + " is not concluded");
        }
        penaltyCase.collectivelyDiscussed(discussion.forDecision() ? discussion.recordedAt() : null, discussion.onDispute());
        journal.record(penaltyCase, TimelineAct.COLLECTIVE_DISCUSSION, journal.reported("review-service"), (discussion.forDecision() ? "for the decision" : "against the decision")
                + (discussion.onDispute() ? " (disputed review)" : "") + ", held " + discussion.heldOn() + " by "
                + discussion.participants().size() + " heads: " + discussion.conclusion());
    }

    private void request(PenaltyCase penaltyCase, Set<Reason> reasons, ActContext act) {
        Instant now = act.performedAt();
        penaltyCase.requestLegalReview(UUID.randomUUID().toString(), now, clearance.needsCollectiveDiscussion(reasons));
        journal.record(penaltyCase, TimelineAct.LEGAL_REVIEW_REQUESTED, act, "法制审核 round " + penaltyCase.reviewRound + " required: " + reasons
                + (penaltyCase.discussionRequired ? "; then collective discussion (PL 57 ¶2)" : "") + " (PL 58)");
        journal.publish(new LegalReviewRequested(penaltyCase.ref(), penaltyCase.reviewRequestId, penaltyCase.reviewRound,
                reasons.stream().map(Enum::name).toList(), penaltyCase.discussionRequired, penaltyCase.handlingCredentialList(),
                ReviewFiles.of(penaltyCase), now));
    }

    private static void requireAnswersLatest(PenaltyCase penaltyCase, String agencyCode, String requestId, String what) {
        if (!penaltyCase.agencyCode.equals(agencyCode)) {
            throw new EventRefusedException(what + " is of agency " + agencyCode + "; case " + penaltyCase.caseNumber + " is of "
                    + penaltyCase.agencyCode);
        }
        if (requestId == null || !requestId.equals(penaltyCase.reviewRequestId)) {
            throw new EventRefusedException(what + " answers request " + requestId + "; the latest request of case "
                    + penaltyCase.caseNumber + " is " + penaltyCase.reviewRequestId);
        }
    }

    private Set<Reason> reasons(PenaltyCase penaltyCase, Penalty penalty) {
        boolean afterHearing = penaltyCase.hearingSettledAt != null && !penaltyCase.hearingDefaulted;
        return requirement.reasons(penalty.kind().name(), penalty.amount(), penaltyCase.partyType == PartyType.ORGANISATION, afterHearing, penaltyCase.complex, penaltyCase.proposalOutsideRange);
    }
}

package cn.enforcement.cases.domain.procedure;

import cn.enforcement.cases.domain.CaseRules;
import cn.enforcement.cases.domain.HearingRights;
import cn.enforcement.cases.domain.LegalReviewRequirement;
import cn.enforcement.cases.domain.Penalty;
import cn.enforcement.cases.domain.PenaltyCase;
import cn.enforcement.platform.events.cases.LegalReviewRequested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Set;

/** PL 58: the legal review (法制审核) a major decision needs: asked for when due, and its outcome awaited. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseLegalReview {

    private final CaseJournal journal;
    private final LegalReviewRequirement requirement;

    CaseLegalReview(CaseJournal journal, CaseRules rules) {
        this.journal = journal;
        this.requirement = new LegalReviewRequirement(new HearingRights(rules.largeFineIndividual(), rules.largeFineOrganisation()));
    }

    /** After the notice, and again after a hearing: a review is asked for whenever the intended penalty needs one. */
    void requestIfNeeded(PenaltyCase penaltyCase, String actor) {
        Set<LegalReviewRequirement.Reason> reasons = reasons(penaltyCase, penaltyCase.notified());
        if (reasons.isEmpty()) {
            return;
        }
        Instant now = journal.now();
        penaltyCase.reviewRequestedAt = now;
        journal.record(penaltyCase, "LEGAL_REVIEW_REQUESTED", actor, "法制审核 required: " + reasons + " (PL 58)");
        journal.publish(new LegalReviewRequested(penaltyCase.ref(), reasons.stream().map(Enum::name).toList(),
                penaltyCase.handlingCredentialList(), now));
    }

    void requireApprovedFor(PenaltyCase penaltyCase, Penalty decided) {
        LegalReviewRequirement.requireApproved(reasons(penaltyCase, decided), approvedAfterLatestRequest(penaltyCase));
    }

    /** A review outcome arrived from review-service. */
    public void completed(PenaltyCase penaltyCase, boolean approved, Instant completedAt, String opinion) {
        penaltyCase.reviewApprovedAt = approved ? completedAt : null;
        journal.record(penaltyCase, approved ? "LEGAL_REVIEW_APPROVED" : "LEGAL_REVIEW_NOT_APPROVED", "review-service", opinion);
    }

    private Set<LegalReviewRequirement.Reason> reasons(PenaltyCase penaltyCase, Penalty penalty) {
        boolean afterHearing = penaltyCase.hearingSettledAt != null && !penaltyCase.hearingDefaulted;
        return requirement.reasons(penalty, penaltyCase.partyType, afterHearing, penaltyCase.complex, penaltyCase.proposalOutsideRange);
    }

    private static boolean approvedAfterLatestRequest(PenaltyCase penaltyCase) {
        return penaltyCase.reviewRequestedAt != null && penaltyCase.reviewApprovedAt != null
                && !penaltyCase.reviewApprovedAt.isBefore(penaltyCase.reviewRequestedAt);
    }
}

package cn.enforcement.review.domain.filecheck;

import cn.enforcement.platform.events.cases.CaseDecided;
import cn.enforcement.platform.events.cases.HearingHeld;
import cn.enforcement.platform.events.cases.LegalReviewRequested;
import cn.enforcement.platform.events.review.CollectiveDiscussionConcluded;
import cn.enforcement.platform.events.review.LegalReviewCompleted;
import cn.enforcement.platform.law.LegalReviewRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 重大执法决定法制审核 (PL 58) and 集体讨论 (PL 57 ¶2): a major decision (a large fine, a licence revocation, a
 * case after a hearing...) is made only after a legal review of its latest round approved it, or the heads'
 * discussion settled a dispute for it; where discussion was required, after the heads discussed it.
 */
public final class ReviewBeforeMajorDecision implements FileCheck {

    private final LegalReviewRequirement requirement;

    public ReviewBeforeMajorDecision(LegalReviewRequirement requirement) {
        this.requirement = requirement;
    }

    @Override
    public String name() {
        return "LEGAL_REVIEW_BEFORE_MAJOR_DECISION";
    }

    @Override
    public String basis() {
        return "PL 57, 58; seed 002";
    }

    @Override
    public List<Finding> check(CaseHistory history) {
        Optional<HistoryEvent<CaseDecided>> decided = history.first(CaseDecided.class);
        if (decided.isEmpty()) {
            return List.of();
        }
        HistoryEvent<CaseDecided> decision = decided.get();
        List<HistoryEvent<LegalReviewRequested>> requests = history.before(LegalReviewRequested.class, decision);
        if (requests.isEmpty()) {
            return isMajor(history, decision) ? List.of(Finding.of(this, FindingGrade.DEFECT,
                    "重大执法决定未经法制审核: " + Finding.penalty(decision.payload()) + " decided on " + decision.day()
                            + " with no legal review", decision)) : List.of();
        }
        HistoryEvent<LegalReviewRequested> latest = requests.get(requests.size() - 1);
        String requestId = latest.payload().requestId();
        Optional<HistoryEvent<LegalReviewCompleted>> approval = history.before(LegalReviewCompleted.class, decision).stream()
                .filter(r -> requestId.equals(r.payload().requestId()) && r.payload().outcome() == LegalReviewCompleted.Outcome.APPROVED)
                .findFirst();
        List<HistoryEvent<CollectiveDiscussionConcluded>> discussions = history.before(CollectiveDiscussionConcluded.class, decision)
                .stream().filter(d -> requestId.equals(d.payload().requestId()) && d.payload().forDecision()).toList();
        List<Finding> findings = new ArrayList<>();
        boolean disputeSettled = discussions.stream().anyMatch(d -> d.payload().onDispute());
        if (approval.isEmpty() && !disputeSettled) {
            findings.add(Finding.of(this, FindingGrade.DEFECT, "法制审核未通过即作出决定: round " + latest.payload().round()
                    + " of the review was not approved before the decision of " + decision.day(), latest, decision));
        }
        if (latest.payload().collectiveDiscussionRequired() && discussions.isEmpty()) {
            findings.add(Finding.of(this, FindingGrade.DEFECT, "应当集体讨论而未讨论: the heads did not discuss the case before the decision of "
                    + decision.day(), latest, decision));
        }
        return findings;
    }

    /** Major by what was decided and whether a hearing was held; a complex case or a fine outside the range shows in a request. */
    private boolean isMajor(CaseHistory history, HistoryEvent<CaseDecided> decision) {
        CaseDecided penalty = decision.payload();
        boolean afterHearing = !history.before(HearingHeld.class, decision).isEmpty();
        return !requirement.reasons(penalty.penaltyKind(), penalty.amount(), "ORGANISATION".equals(penalty.partyType()), afterHearing,
                false, false).isEmpty();
    }
}

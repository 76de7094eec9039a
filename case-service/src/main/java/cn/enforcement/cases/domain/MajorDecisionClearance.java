package cn.enforcement.cases.domain;

import cn.enforcement.platform.events.review.LegalReviewCompleted.Outcome;
import cn.enforcement.platform.law.LegalReviewRequirement.Reason;
import java.util.EnumSet;
import java.util.Set;

/**
 * What must stand before a major decision is made. PL 58: the latest round of legal review approved
 * it. PL 57 ¶2: for complex cases and major violations (configured, by default the same list as legal
 * review) the agency's heads decide in collective discussion (集体讨论), after the review. When the
 * handling unit disputes a review that did not approve, only the heads' discussion can settle it.
 */
public final class MajorDecisionClearance {

    /** The latest review round as case-service knows it; {@code outcome} is null while it is under review. */
    public record Round(Outcome outcome, boolean discussedForDecision, boolean onDispute) {
    }

    private final Set<Reason> collectiveDiscussionFor;

    public MajorDecisionClearance(Set<Reason> collectiveDiscussionFor) {
        this.collectiveDiscussionFor = collectiveDiscussionFor.isEmpty() ? EnumSet.noneOf(Reason.class)
                : EnumSet.copyOf(collectiveDiscussionFor);
    }

    public boolean needsCollectiveDiscussion(Set<Reason> reasons) {
        return reasons.stream().anyMatch(collectiveDiscussionFor::contains);
    }

    public void require(Set<Reason> reasons, Round latest) {
        if (reasons.isEmpty()) {
            return;
        }
        Outcome outcome = latest == null ? null : latest.outcome();
        if (outcome != Outcome.APPROVED) {
            if (outcome != null && latest.onDispute() && latest.discussedForDecision()) {
                return;
            }
            throw CaseProblem.LEGAL_REVIEW_NOT_PASSED.refuse("重大执法决定未经法制审核或审核未通过的，不得作出决定: review required for " + reasons
                            + (outcome == null ? ", none concluded for the latest request" : ", the latest round was " + outcome),
                    "PL 58; seed 002");
        }
        if (needsCollectiveDiscussion(reasons) && !latest.discussedForDecision()) {
            throw CaseProblem.COLLECTIVE_DISCUSSION_REQUIRED.refuse(
                    "情节复杂或者重大违法行为给予行政处罚，行政机关负责人应当集体讨论决定: no discussion of the heads concluding for the"
                            + " decision is recorded after the approved review (" + reasons + ")",
                    "PL 57 ¶2");
        }
    }
}

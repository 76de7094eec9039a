package cn.enforcement.review.domain;

import cn.enforcement.platform.events.review.LegalReviewCompleted.Outcome;
import java.time.LocalDate;

/**
 * PL 57 ¶2: when the heads discuss a reviewed case collectively — after an approved review where the law asks
 * for their discussion, or when the handling unit disputes the review — and on which day it can have been held:
 * not before the review concluded, not in the future.
 */
public final class CollectiveDiscussionOccasion {

    private CollectiveDiscussionOccasion() {
    }

    public static void requireDue(Outcome outcome, boolean discussionRequired, boolean disputed) {
        if (!disputed && !(outcome == Outcome.APPROVED && discussionRequired)) {
            throw ReviewProblem.DISCUSSION_NOT_DUE.refuse(
                    "the heads discuss a case after an approved review when PL 57 ¶2 requires it, or when the outcome is disputed",
                    "PL 57 ¶2");
        }
    }

    public static void requireHeldBetween(LocalDate heldOn, LocalDate reviewConcludedOn, LocalDate today) {
        if (heldOn.isAfter(today) || heldOn.isBefore(reviewConcludedOn)) {
            throw ReviewProblem.DISCUSSION_DATE_OUTSIDE_PROCEDURE.refuse(
                    "the discussion is held after the review concluded on " + reviewConcludedOn + " and not in the future", "PL 57 ¶2");
        }
    }
}

package cn.enforcement.review.domain;

import cn.enforcement.platform.events.review.LegalReviewCompleted.Outcome;
import cn.enforcement.problem.ProblemException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ten points of a legal review (seed 002), each answered once: a failed point says why; approval
 * (同意) needs every point passed, and returning or rejecting a case names at least one failed point.
 */
public final class ReviewChecklist {

    private ReviewChecklist() {
    }

    public static void require(List<ChecklistAnswer> answers, Outcome outcome) {
        Set<ChecklistPoint> answered = EnumSet.noneOf(ChecklistPoint.class);
        for (ChecklistAnswer answer : answers) {
            if (answer.point() == null || !answered.add(answer.point())) {
                throw refused(ReviewProblem.CHECKLIST_INCOMPLETE, "each of the ten points is answered exactly once; "
                        + (answer.point() == null ? "a point is unnamed" : answer.point() + " is answered twice"));
            }
            if (!answer.passed() && (answer.note() == null || answer.note().isBlank())) {
                throw refused(ReviewProblem.CHECKLIST_FAILED_POINT_NEEDS_REASON, answer.point() + " failed: say why in its note");
            }
        }
        Set<ChecklistPoint> missing = EnumSet.allOf(ChecklistPoint.class);
        missing.removeAll(answered);
        if (!missing.isEmpty()) {
            throw refused(ReviewProblem.CHECKLIST_INCOMPLETE, "points not answered: " + missing);
        }
        Set<ChecklistPoint> failed = answers.stream().filter(a -> !a.passed()).map(ChecklistAnswer::point)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ChecklistPoint.class)));
        if (outcome == Outcome.APPROVED && !failed.isEmpty()) {
            throw refused(ReviewProblem.APPROVAL_WITH_FAILED_POINT,
                    "a review that approves has every point passed; failed: " + failed);
        }
        if (outcome != Outcome.APPROVED && failed.isEmpty()) {
            throw refused(ReviewProblem.OUTCOME_WITHOUT_FAILED_POINT,
                    "a case is returned or rejected for a failed point; none failed");
        }
    }

    /** A case returned for supplement (补充调查) says what is to be supplemented. */
    public static void requireSupplementNamed(Outcome outcome, String toSupplement) {
        if (outcome == Outcome.RETURNED_FOR_CORRECTION && (toSupplement == null || toSupplement.isBlank())) {
            throw ReviewProblem.SUPPLEMENT_NOT_NAMED.refuse(
                    "a case returned for supplement (补充调查) says what is to be supplemented", "seed 002");
        }
    }

    private static ProblemException refused(ReviewProblem type, String detail) {
        return type.refuse(detail, "seed 002");
    }
}

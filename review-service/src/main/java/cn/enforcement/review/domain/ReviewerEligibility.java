package cn.enforcement.review.domain;

import cn.enforcement.problem.ProblemException;
import cn.enforcement.review.readmodel.KnownOfficer;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Who may review a case (PL 58; seed 002): a serving officer of the case's agency, or of a body the
 * province set to review for it; never one of the case's handling officers; and one who held the legal
 * professional qualification (法律职业资格) on the first day they were engaged in review (PL 58 ¶2).
 */
public final class ReviewerEligibility {

    private final Set<String> reviewingBodies;

    /** {@code reviewingBodies} as {@code caseAgency:reviewingAgency} pairs. */
    public ReviewerEligibility(Collection<String> reviewingBodies) {
        this.reviewingBodies = Set.copyOf(reviewingBodies);
    }

    public void require(KnownOfficer reviewer, String caseAgency, Collection<String> handlingOfficerIds, LocalDate today) {
        Optional<ProblemException> refusal = refusal(reviewer, caseAgency, handlingOfficerIds, today);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    public boolean allows(KnownOfficer reviewer, String caseAgency, Collection<String> handlingOfficerIds, LocalDate today) {
        return refusal(reviewer, caseAgency, handlingOfficerIds, today).isEmpty();
    }

    private Optional<ProblemException> refusal(KnownOfficer reviewer, String caseAgency, Collection<String> handlingOfficerIds,
            LocalDate today) {
        if (reviewer == null || !reviewer.onPost) {
            return Optional.of(refused(ReviewProblem.REVIEWER_UNKNOWN,
                    "the reviewer is not a serving officer known from personnel records"));
        }
        if (!reviewer.agencyCode.equals(caseAgency) && !reviewingBodies.contains(caseAgency + ":" + reviewer.agencyCode)) {
            return Optional.of(refused(ReviewProblem.REVIEWER_OF_ANOTHER_AGENCY, "the reviewer is of agency " + reviewer.agencyCode
                    + ", which does not review for agency " + caseAgency));
        }
        if (handlingOfficerIds.contains(reviewer.officerId)) {
            return Optional.of(refused(ReviewProblem.REVIEWER_IS_HANDLING_OFFICER,
                    "案件承办人员不得担任该案件的法制审核人员: the reviewer handles this case"));
        }
        LocalDate firstEngaged = reviewer.firstEngagedOn == null ? today : reviewer.firstEngagedOn;
        if (!reviewer.qualified || reviewer.qualificationObtainedOn == null || reviewer.qualificationObtainedOn.isAfter(firstEngaged)) {
            return Optional.of(refused(ReviewProblem.REVIEWER_NOT_QUALIFIED, "初次从事行政处罚决定法制审核的人员，应当取得法律职业资格: "
                    + (reviewer.qualificationObtainedOn == null || !reviewer.qualified ? "no qualification is recorded"
                            : "qualified on " + reviewer.qualificationObtainedOn + ", after first reviewing on " + firstEngaged)));
        }
        return Optional.empty();
    }

    private static ProblemException refused(ReviewProblem type, String detail) {
        return type.refuse(detail, "PL 58; seed 002");
    }
}

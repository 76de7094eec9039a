package cn.enforcement.review.domain.evaluation;

import cn.enforcement.review.domain.ReviewProblem;
import cn.enforcement.review.domain.evaluation.DoubleRandomDraw.Evaluator;
import cn.enforcement.review.readmodel.KnownOfficer;
import java.util.Optional;

/**
 * Who may evaluate case files (案卷评查): a serving member of staff of the personnel registry, known here by login, who
 * holds the legal professional qualification (法律职业资格), as a legal reviewer must (PL 58). An evaluator is drawn under
 * the agency the registry gives, never one a request names: the draw keeps files away from their own agency by it.
 */
public final class EvaluatorEligibility {

    private EvaluatorEligibility() {
    }

    public static Evaluator evaluator(String username, Optional<KnownOfficer> known) {
        KnownOfficer officer = known.filter(o -> o.onPost).orElseThrow(() -> ReviewProblem.EVALUATOR_UNKNOWN.refuse(
                "no serving member of staff of the personnel registry has the login " + username));
        if (!officer.qualified) {
            throw ReviewProblem.EVALUATOR_NOT_QUALIFIED.refuse(username + " holds no legal professional qualification (法律职业资格)",
                    "PL 58");
        }
        return new Evaluator(officer.username, officer.agencyCode);
    }
}

package cn.enforcement.review.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.enforcement.problem.ProblemException;
import cn.enforcement.review.readmodel.KnownOfficer;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvaluatorEligibilityTest {

    private static KnownOfficer staff(boolean onPost, boolean qualified) {
        KnownOfficer officer = new KnownOfficer();
        officer.username = "jl-legal";
        officer.agencyCode = "220200001";
        officer.onPost = onPost;
        officer.qualified = qualified;
        return officer;
    }

    @Test
    void aQualifiedServingMemberOfStaffIsDrawnUnderTheRegistrysAgency() {
        DoubleRandomDraw.Evaluator evaluator = EvaluatorEligibility.evaluator("jl-legal", Optional.of(staff(true, true)));
        assertThat(evaluator).isEqualTo(new DoubleRandomDraw.Evaluator("jl-legal", "220200001"));
    }

    @Test
    void aLoginTheRegistryDoesNotKnowOrWhoLeftThePostIsUnknown() {
        assertThatThrownBy(() -> EvaluatorEligibility.evaluator("nobody", Optional.empty()))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type().code()).isEqualTo("EVALUATOR_UNKNOWN"));
        assertThatThrownBy(() -> EvaluatorEligibility.evaluator("jl-legal", Optional.of(staff(false, true))))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type().code()).isEqualTo("EVALUATOR_UNKNOWN"));
    }

    @Test
    void anOfficerWithoutTheLegalQualificationDoesNotEvaluate() {
        assertThatThrownBy(() -> EvaluatorEligibility.evaluator("jl-legal", Optional.of(staff(true, false))))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type().code()).isEqualTo("EVALUATOR_NOT_QUALIFIED"));
    }
}

package cn.enforcement.personnel.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.enforcement.problem.ProblemException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class CredentialEligibilityTest {

    private final CredentialEligibility eligibility = new CredentialEligibility(
            new TrainingRequirement(new BigDecimal("60")), new BigDecimal("60"), Period.ofYears(2));
    private final LocalDate issueDate = LocalDate.of(2026, 11, 21);
    private final BigDecimal sixty = new BigDecimal("60");
    private final BigDecimal none = BigDecimal.ZERO;

    private static void refusedWith(Runnable issue, String code) {
        assertThatThrownBy(issue::run).isInstanceOf(ProblemException.class)
                .satisfies(e -> Assertions.assertThat(((ProblemException) e).code()).isEqualTo(code));
    }

    @Test
    void sixtyPassesAndFiftyNinePointNineFails() {
        Assertions.assertThat(eligibility.passes(new BigDecimal("60"))).isTrue();
        Assertions.assertThat(eligibility.passes(new BigDecimal("59.9"))).isFalse();
    }

    @Test
    void noPassedExamNoCredential() {
        refusedWith(() -> eligibility.requireQualified(issueDate, sixty, none, Optional.empty()), "QUALIFICATION_EXAM_NOT_PASSED");
    }

    @Test
    void anExamExactlyTwoYearsOldStillQualifiesAndOneDayOlderDoesNot() {
        assertThatCode(() -> eligibility.requireQualified(issueDate, sixty, none, Optional.of(issueDate.minusYears(2))))
                .doesNotThrowAnyException();
        refusedWith(() -> eligibility.requireQualified(issueDate, sixty, none, Optional.of(issueDate.minusYears(2).minusDays(1))),
                "QUALIFICATION_EXAM_TOO_OLD");
    }

    @Test
    void trainingMustReachTheMinimumThisYearOrLast() {
        Optional<LocalDate> passed = Optional.of(issueDate.minusMonths(1));
        refusedWith(() -> eligibility.requireQualified(issueDate, new BigDecimal("59.5"), new BigDecimal("59.5"), passed),
                "QUALIFICATION_TRAINING_INCOMPLETE");
        assertThatCode(() -> eligibility.requireQualified(issueDate, none, sixty, passed)).doesNotThrowAnyException();
        assertThatCode(() -> eligibility.requireQualified(issueDate, sixty, none, passed)).doesNotThrowAnyException();
    }
}

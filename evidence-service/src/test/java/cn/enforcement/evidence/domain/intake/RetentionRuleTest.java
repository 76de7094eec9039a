package cn.enforcement.evidence.domain.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.enforcement.problem.ProblemException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RetentionRuleTest {

    private final LocalDate retainUntil = LocalDate.of(2056, 11, 21);

    private static void refused(Runnable deletion, String code) {
        assertThatThrownBy(deletion::run).isInstanceOfSatisfying(ProblemException.class,
                refusal -> assertThat(refusal.code()).isEqualTo(code));
    }

    @Test
    void deletableOnlyTheDayAfterRetentionEnds() {
        refused(() -> RetentionRule.requireDeletable(false, false, retainUntil, retainUntil), "RETENTION_NOT_ENDED");
        assertThatCode(() -> RetentionRule.requireDeletable(false, false, retainUntil, retainUntil.plusDays(1))).doesNotThrowAnyException();
    }

    @Test
    void neverWhileTheCaseIsOpenOrUnderHold() {
        LocalDate longAfter = retainUntil.plusYears(1);
        refused(() -> RetentionRule.requireDeletable(true, false, retainUntil, longAfter), "EVIDENCE_OF_OPEN_CASE");
        refused(() -> RetentionRule.requireDeletable(false, true, retainUntil, longAfter), "EVIDENCE_UNDER_HOLD");
    }
}

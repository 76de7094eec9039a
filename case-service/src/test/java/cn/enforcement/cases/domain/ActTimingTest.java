package cn.enforcement.cases.domain;

import static cn.enforcement.platform.testing.Refused.codeOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.enforcement.problem.ProblemException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ActTimingTest {

    private static final Instant NOW = Instant.parse("2026-12-03T04:00:00Z");
    private static final Duration MICRO = Duration.ofNanos(1000);
    private final ActTiming timing = new ActTiming(Duration.ofMinutes(5), Duration.ofDays(15));

    @Test
    void anActWithoutADateIsPerformedNow() {
        assertThat(timing.performedAt(null, NOW, NOW.minusSeconds(60))).isEqualTo(NOW);
    }

    @Test
    void aDeviceClockAheadWithinTheSkewCountsAsNowBeyondItIsRefused() {
        assertThat(timing.performedAt(NOW.plus(Duration.ofMinutes(5)), NOW, null)).isEqualTo(NOW);
        assertThat(codeOf(() -> timing.performedAt(NOW.plus(Duration.ofMinutes(5)).plus(MICRO), NOW, null)))
                .isEqualTo("ACT_TIME_IN_FUTURE");
    }

    @Test
    void anActOfflineIsAcceptedUpToTheWindowAndNotAMomentOlder() {
        Instant oldest = NOW.minus(Duration.ofDays(15));
        assertThat(timing.performedAt(oldest, NOW, null)).isEqualTo(oldest);
        assertThat(codeOf(() -> timing.performedAt(oldest.minus(MICRO), NOW, null))).isEqualTo("ACT_TIME_OUTSIDE_OFFLINE_WINDOW");
    }

    @Test
    void anActMayShareTheInstantOfTheStepItFollowsButNotPrecedeIt() {
        Instant previous = NOW.minus(Duration.ofDays(2));
        assertThat(timing.performedAt(previous, NOW, previous)).isEqualTo(previous);
        assertThat(codeOf(() -> timing.performedAt(previous.minus(MICRO), NOW, previous))).isEqualTo("ACT_TIME_BEFORE_PREVIOUS_STEP");
    }

    @Test
    void anActIsRecordedLateOnlyWhenMoreThanTheSkewPassed() {
        assertThat(timing.recordedLate(NOW.minus(Duration.ofMinutes(5)), NOW)).isFalse();
        assertThat(timing.recordedLate(NOW.minus(Duration.ofMinutes(5)).minus(MICRO), NOW)).isTrue();
    }

    @Test
    void aRefusalNamesTheRuleOfTheWholeProcessRecord() {
        assertThatThrownBy(() -> timing.performedAt(NOW.plus(Duration.ofHours(1)), NOW, null))
                .isInstanceOfSatisfying(ProblemException.class, refused -> assertThat(refused.status()).isEqualTo(422));
    }
}

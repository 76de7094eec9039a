package cn.enforcement.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RelayBackoffTest {

    private final Instant now = Instant.parse("2026-11-21T08:00:00Z");
    private final RelayBackoff backoff = new RelayBackoff(Duration.ofMillis(500), Duration.ofSeconds(30));

    @Test
    void delayDoublesWithEachConsecutiveFailure() {
        assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.delayAfter(6)).isEqualTo(Duration.ofSeconds(16));
    }

    @Test
    void delayNeverExceedsTheCeiling() {
        assertThat(backoff.delayAfter(7)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delayAfter(1000)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void noAttemptBeforeTheDelayHasPassedAndOneExactlyWhenItHas() {
        Duration delay = backoff.failed(now);
        assertThat(backoff.mayAttempt(now.plus(delay).minusMillis(1))).isFalse();
        assertThat(backoff.mayAttempt(now.plus(delay))).isTrue();
    }

    @Test
    void successResetsTheDelay() {
        backoff.failed(now);
        backoff.failed(now);
        backoff.succeeded();
        assertThat(backoff.mayAttempt(now)).isTrue();
        assertThat(backoff.failed(now)).isEqualTo(Duration.ofMillis(500));
    }
}

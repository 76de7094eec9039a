package cn.enforcement.platform.outbox;

import java.time.Duration;
import java.time.Instant;

/**
 * How long the relay waits after failed attempts: doubling from a base delay up to a ceiling, so
 * a broker outage costs neither a busy loop nor a long wait once the broker is back.
 */
public final class RelayBackoff {

    private final Duration base;
    private final Duration max;
    private int consecutiveFailures;
    private Instant nextAttempt = Instant.MIN;

    public RelayBackoff(Duration base, Duration max) {
        this.base = base;
        this.max = max;
    }

    public boolean mayAttempt(Instant now) {
        return !now.isBefore(nextAttempt);
    }

    public void succeeded() {
        consecutiveFailures = 0;
        nextAttempt = Instant.MIN;
    }

    public Duration failed(Instant now) {
        consecutiveFailures++;
        Duration delay = delayAfter(consecutiveFailures);
        nextAttempt = now.plus(delay);
        return delay;
    }

    /** The wait after so many failures in a row: the base, doubled per further failure, at most the ceiling. */
    public Duration delayAfter(int failures) {
        int doublings = Math.min(failures - 1, 30);
        Duration delay = base.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}

package cn.enforcement.cases.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When an act was performed (行为时间). Officers act where there is no network and record later, so an act
 * carries the time it was performed, and the law is judged at that time. It may not lie in the future
 * (beyond a small clock skew), before the step it follows, or further back than the offline window: the
 * whole-process record (全过程记录, PL 47) must say when each act happened and when it was recorded.
 */
public final class ActTiming {

    private final Duration clockSkew;
    private final Duration offlineWindow;

    public ActTiming(Duration clockSkew, Duration offlineWindow) {
        this.clockSkew = clockSkew;
        this.offlineWindow = offlineWindow;
    }

    /**
     * The instant the act counts as performed: the one claimed, or now when none is claimed.
     *
     * @param previousStep when the case's latest act was performed; null for the first act of a case
     */
    public Instant performedAt(Instant claimed, Instant now, Instant previousStep) {
        Instant performedAt = claimed == null ? now : claimed;
        if (performedAt.isAfter(now.plus(clockSkew))) {
            throw CaseProblem.ACT_TIME_IN_FUTURE.refuse(
                    "an act cannot be recorded before it is performed: " + performedAt + " is after now (" + now + ")", "PL 47");
        }
        if (performedAt.isBefore(now.minus(offlineWindow))) {
            throw CaseProblem.ACT_TIME_OUTSIDE_OFFLINE_WINDOW.refuse(
                    "an act performed offline must be recorded within " + offlineWindow.toDays() + " days: " + performedAt
                            + " is older", "PL 47");
        }
        if (previousStep != null && performedAt.isBefore(previousStep)) {
            throw CaseProblem.ACT_TIME_BEFORE_PREVIOUS_STEP.refuse(
                    "the case's previous step was performed at " + previousStep + "; this act cannot precede it", "PL 47");
        }
        return performedAt.isAfter(now) ? now : performedAt;
    }

    /** An act reaches the server late when more than the clock skew passed since it was performed. */
    public boolean recordedLate(Instant performedAt, Instant recordedAt) {
        return Duration.between(performedAt, recordedAt).compareTo(clockSkew) > 0;
    }
}

package cn.enforcement.cases.domain;

import cn.enforcement.platform.events.DomainEvent;
import cn.enforcement.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The bookkeeping every act shares: the entry in the case's timeline, the event published in the
 * act's transaction (outbox), the deadlines it starts or settles, and the time of the act: when it was
 * performed ({@link ActTiming}), by which the law judges it, and when it was recorded.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseJournal {

    private final Outbox outbox;
    private final Clock clock;
    private final CaseDeadlines deadlines;
    private final ActTiming timing;

    CaseJournal(Outbox outbox, Clock clock, CaseDeadlines deadlines, CaseRules rules) {
        this.outbox = outbox;
        this.clock = clock;
        this.deadlines = deadlines;
        this.timing = new ActTiming(rules.actClockSkew(), rules.actOfflineWindow());
    }

    /**
     * Begins an act of the actor performed at the claimed instant (now when null), after the case's latest step; every
     * rule the act applies judges it at that instant, which the context carries.
     *
     * @param caseId the case acted on; null for a filing, which follows no step
     */
    public ActContext begin(String caseId, Instant claimed, String actor) {
        Instant previousStep = caseId == null ? null : CaseTimelineEntry.lastPerformedAt(caseId);
        Instant recordedAt = recordingTime();
        return new ActContext(actor, timing.performedAt(claimed == null ? null : asKept(claimed), recordedAt, previousStep), recordedAt);
    }

    /** What another service reports of a case (a review's outcome), recorded as it arrives. */
    public ActContext reported(String reporter) {
        Instant now = recordingTime();
        return new ActContext(reporter, now, now);
    }

    public void record(PenaltyCase penaltyCase, TimelineAct entryAct, ActContext act, String detail) {
        CaseTimelineEntry entry = new CaseTimelineEntry();
        entry.caseId = penaltyCase.caseId;
        entry.act = entryAct;
        entry.at = act.performedAt();
        entry.recordedAt = act.recordedAt();
        entry.recordedLate = timing.recordedLate(entry.at, entry.recordedAt);
        entry.actor = act.actor();
        entry.detail = detail;
        entry.persist();
    }

    public void publish(DomainEvent event) {
        outbox.publish(event);
    }

    public CaseDeadlines deadlines() {
        return deadlines;
    }

    /**
     * A time a client gives for an act, to the microsecond as PostgreSQL keeps it, so that a stored time compares as
     * it was.
     */
    public static Instant asKept(Instant given) {
        return given.truncatedTo(ChronoUnit.MICROS);
    }

    private Instant recordingTime() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

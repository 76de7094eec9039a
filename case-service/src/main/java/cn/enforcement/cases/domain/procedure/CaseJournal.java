package cn.enforcement.cases.domain.procedure;

import cn.enforcement.cases.domain.ActTiming;
import cn.enforcement.cases.domain.CaseDeadlines;
import cn.enforcement.cases.domain.CaseRules;
import cn.enforcement.cases.domain.CaseTimelineEntry;
import cn.enforcement.cases.domain.PenaltyCase;
import cn.enforcement.cases.domain.TimelineAct;
import cn.enforcement.platform.events.DomainEvent;
import cn.enforcement.platform.outbox.Outbox;
import cn.enforcement.platform.time.BeijingTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
    private final ActInProgress act;

    CaseJournal(Outbox outbox, Clock clock, CaseDeadlines deadlines, CaseRules rules, ActInProgress act) {
        this.outbox = outbox;
        this.clock = clock;
        this.deadlines = deadlines;
        this.timing = new ActTiming(rules.actClockSkew(), rules.actOfflineWindow());
        this.act = act;
    }

    /**
     * Begins an act performed at the claimed instant (now when null), after the case's latest step; every
     * rule the act applies then judges it at that instant.
     *
     * @param caseId the case acted on; null for a filing, which follows no step
     */
    public void begin(String caseId, Instant claimed) {
        Instant previousStep = caseId == null ? null : CaseTimelineEntry.lastPerformedAt(caseId);
        act.performedAt(timing.performedAt(claimed == null ? null : asKept(claimed), recordingTime(), previousStep));
    }

    public void record(PenaltyCase penaltyCase, TimelineAct act, String actor, String detail) {
        CaseTimelineEntry entry = new CaseTimelineEntry();
        entry.caseId = penaltyCase.caseId;
        entry.act = act;
        entry.at = now();
        entry.recordedAt = recordingTime();
        entry.recordedLate = timing.recordedLate(entry.at, entry.recordedAt);
        entry.actor = actor;
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
     * When the act in progress was performed, to the microsecond as PostgreSQL keeps it, so that a stored
     * time compares as it was.
     */
    public Instant now() {
        return act.performedAt() == null ? recordingTime() : act.performedAt();
    }

    /** A time a client gives for an act, kept at the same precision. */
    public static Instant asKept(Instant given) {
        return given.truncatedTo(ChronoUnit.MICROS);
    }

    /** The day (Beijing time) the act in progress was performed. */
    public LocalDate today() {
        return BeijingTime.dayOf(now());
    }

    private Instant recordingTime() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

package cn.enforcement.cases.domain.procedure;

import cn.enforcement.cases.domain.CaseDeadlines;
import cn.enforcement.cases.domain.CaseTimelineEntry;
import cn.enforcement.cases.domain.PenaltyCase;
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
 * act's transaction (outbox), the deadlines it starts or settles, and the time of the act.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseJournal {

    private final Outbox outbox;
    private final Clock clock;
    private final CaseDeadlines deadlines;

    CaseJournal(Outbox outbox, Clock clock, CaseDeadlines deadlines) {
        this.outbox = outbox;
        this.clock = clock;
        this.deadlines = deadlines;
    }

    public void record(PenaltyCase penaltyCase, String act, String actor, String detail) {
        CaseTimelineEntry entry = new CaseTimelineEntry();
        entry.caseId = penaltyCase.caseId;
        entry.act = act;
        entry.at = clock.instant();
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

    /** The time of an act, to the microsecond as PostgreSQL keeps it, so that a stored time compares as it was. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** A time a client gives for an act, kept at the same precision. */
    public static Instant asKept(Instant given) {
        return given.truncatedTo(ChronoUnit.MICROS);
    }

    public LocalDate today() {
        return BeijingTime.today(clock);
    }
}

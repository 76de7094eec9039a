package cn.enforcement.cases.domain;

import cn.enforcement.cases.domain.calendar.CalendarService;
import cn.enforcement.platform.calendar.WorkingCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;

/** Starts and settles a case's deadlines, each with the account of how it was computed. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseDeadlines {

    private final CalendarService calendar;

    CaseDeadlines(CalendarService calendar) {
        this.calendar = calendar;
    }

    public CaseDeadline startWorkingDays(PenaltyCase penaltyCase, CaseDeadline.Kind kind, String legalBasis, LocalDate start,
            int workingDays) {
        WorkingCalendar.Computation due = calendar.current().addWorkingDays(start, workingDays);
        return save(penaltyCase, kind, legalBasis, start, workingDays, CaseDeadline.Unit.WORKING_DAYS, due.lastDay(),
                due.explanation());
    }

    public CaseDeadline startDays(PenaltyCase penaltyCase, CaseDeadline.Kind kind, String legalBasis, LocalDate start, int days) {
        LocalDate due = start.plusDays(days);
        return save(penaltyCase, kind, legalBasis, start, days, CaseDeadline.Unit.DAYS, due,
                days + " days after " + start + " (calendar days; the start day not counted); last day " + due);
    }

    /** The deadline was kept: the act it waited for was done. */
    public void meet(PenaltyCase penaltyCase, CaseDeadline.Kind kind) {
        CaseDeadline.openOf(penaltyCase.caseId, kind).ifPresent(deadline -> deadline.status = CaseDeadline.Status.MET);
    }

    /** The period no longer matters (e.g. the party's periods once the case is decided otherwise). */
    public void lapse(PenaltyCase penaltyCase, CaseDeadline.Kind kind) {
        CaseDeadline.openOf(penaltyCase.caseId, kind).ifPresent(deadline -> deadline.status = CaseDeadline.Status.LAPSED);
    }

    /** Moves an open deadline's last day on by the days given; the new last day, when the deadline was open. */
    public Optional<LocalDate> extend(PenaltyCase penaltyCase, CaseDeadline.Kind kind, int days, String reason) {
        return CaseDeadline.openOf(penaltyCase.caseId, kind).map(deadline -> {
            deadline.period += days;
            deadline.dueOn = deadline.dueOn.plusDays(days);
            deadline.warned = false;
            deadline.missed = false;
            deadline.explanation += "; extended by " + days + " days (" + reason + "); last day " + deadline.dueOn;
            return deadline.dueOn;
        });
    }

    private static CaseDeadline save(PenaltyCase penaltyCase, CaseDeadline.Kind kind, String legalBasis, LocalDate start,
            int period, CaseDeadline.Unit unit, LocalDate due, String explanation) {
        CaseDeadline deadline = new CaseDeadline();
        deadline.caseId = penaltyCase.caseId;
        deadline.agencyCode = penaltyCase.agencyCode;
        deadline.regionCode = penaltyCase.regionCode;
        deadline.kind = kind;
        deadline.legalBasis = legalBasis;
        deadline.startOn = start;
        deadline.period = period;
        deadline.unit = unit;
        deadline.dueOn = due;
        deadline.explanation = explanation;
        deadline.status = CaseDeadline.Status.OPEN;
        deadline.persist();
        return deadline;
    }
}

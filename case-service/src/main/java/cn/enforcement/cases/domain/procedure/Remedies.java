package cn.enforcement.cases.domain.procedure;

import cn.enforcement.cases.domain.ActContext;
import cn.enforcement.cases.domain.CaseJournal;
import cn.enforcement.cases.domain.TimelineAct;
import cn.enforcement.cases.domain.CaseAct;
import cn.enforcement.cases.domain.CaseProblem;
import cn.enforcement.cases.domain.CaseRemedy;
import cn.enforcement.cases.domain.PenaltyCase;
import cn.enforcement.platform.events.cases.RemedyConcluded;
import cn.enforcement.platform.events.cases.RemedyFiled;
import cn.enforcement.platform.time.BeijingTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The party applied for reconsideration or went to court (PL 73): the decision is still executed,
 * but the late fee does not accrue while the remedy is pending.
 */
@ApplicationScoped
@Transactional
public class Remedies {

    private final CaseJournal journal;

    Remedies(CaseJournal journal) {
        this.journal = journal;
    }

    public CaseRemedy record(PenaltyCase penaltyCase, CaseRemedy.Kind kind, String reviewingBody, String reference,
            LocalDate filedOn, ActContext act) {
        penaltyCase.require(CaseAct.RECORD_REMEDY);
        if (penaltyCase.servedAt == null) {
            throw CaseProblem.NO_DECISION_SERVED.refuse(
                    "a remedy is against a penalty decision served on the party; this case was closed without one", "PL 73");
        }
        LocalDate servedOn = BeijingTime.dayOf(penaltyCase.servedAt);
        if (filedOn.isBefore(servedOn) || filedOn.isAfter(act.day())) {
            throw CaseProblem.REMEDY_DATE_IMPOSSIBLE.refuse(
                    "a remedy is filed after the decision was served (" + servedOn + ") and not after today", "PL 73");
        }
        CaseRemedy remedy = new CaseRemedy();
        remedy.remedyId = UUID.randomUUID().toString();
        remedy.caseId = penaltyCase.caseId;
        remedy.kind = kind;
        remedy.reviewingBody = reviewingBody;
        remedy.reference = reference;
        remedy.filedOn = filedOn;
        remedy.recordedBy = act.actor();
        remedy.persist();
        journal.record(penaltyCase, TimelineAct.REMEDY_FILED, act, kind + " with " + reviewingBody + " on " + filedOn
                + "; the late fee does not accrue while it is pending (PL 73)");
        journal.publish(new RemedyFiled(penaltyCase.ref(), remedy.remedyId, kind.name(), reviewingBody, filedOn, act.performedAt()));
        return remedy;
    }

    public CaseRemedy conclude(PenaltyCase penaltyCase, String remedyId, LocalDate concludedOn, CaseRemedy.Outcome outcome,
            ActContext act) {
        penaltyCase.require(CaseAct.CONCLUDE_REMEDY);
        CaseRemedy remedy = CaseRemedy.findById(remedyId);
        if (remedy == null || !remedy.caseId.equals(penaltyCase.caseId)) {
            throw CaseProblem.REMEDY_NOT_FOUND.refuse("no remedy " + remedyId + " in case " + penaltyCase.caseNumber);
        }
        if (remedy.concludedOn != null) {
            throw CaseProblem.REMEDY_CONCLUDED.refuse("this remedy was concluded on " + remedy.concludedOn, "PL 73");
        }
        if (concludedOn.isBefore(remedy.filedOn) || concludedOn.isAfter(act.day())) {
            throw CaseProblem.REMEDY_DATE_IMPOSSIBLE.refuse(
                    "a remedy concludes on or after its filing (" + remedy.filedOn + ") and not after today", "PL 73");
        }
        remedy.concludedOn = concludedOn;
        remedy.outcome = outcome;
        journal.record(penaltyCase, TimelineAct.REMEDY_CONCLUDED, act, remedy.kind + " concluded on " + concludedOn + ": " + outcome);
        journal.publish(new RemedyConcluded(penaltyCase.ref(), remedyId, remedy.kind.name(), concludedOn, outcome.name(), act.performedAt()));
        return remedy;
    }
}

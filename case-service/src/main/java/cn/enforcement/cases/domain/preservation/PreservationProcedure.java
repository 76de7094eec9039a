package cn.enforcement.cases.domain.preservation;

import cn.enforcement.cases.domain.ActContext;
import cn.enforcement.cases.domain.TimelineAct;
import cn.enforcement.cases.domain.CaseAct;
import cn.enforcement.cases.domain.CaseDeadline;
import cn.enforcement.cases.domain.CaseProblem;
import cn.enforcement.cases.domain.CaseRules;
import cn.enforcement.cases.domain.PenaltyCase;
import cn.enforcement.cases.domain.CaseJournal;
import cn.enforcement.cases.domain.procedure.HandlingOfficers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * 先行登记保存 (PL 56): where evidence may be lost or hard to obtain later, the handling officers register it and keep it
 * where it is with the head's approval, and the agency decides within 7 working days what becomes of it. A case has at
 * most one preservation awaiting handling: everything preserved at once goes on one list.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PreservationProcedure {

    private final CaseJournal journal;
    private final CaseRules rules;

    PreservationProcedure(CaseJournal journal, CaseRules rules) {
        this.journal = journal;
        this.rules = rules;
    }

    /** The handling officers ask for the preservation while gathering evidence, listing what is to be kept. */
    public EvidencePreservation request(PenaltyCase penaltyCase, List<PreservedItem> items, String keptAt, String reasons, ActContext act) {
        penaltyCase.require(CaseAct.REQUEST_PRESERVATION);
        HandlingOfficers.requireMayAct(penaltyCase, act.performedAt());
        EvidencePreservation.awaitingHandling(penaltyCase.caseId).ifPresent(open -> {
            throw CaseProblem.EVIDENCE_PRESERVATION_OPEN.refuse("preservation " + open.preservationId + " awaits handling");
        });
        EvidencePreservation preservation = new EvidencePreservation();
        preservation.preservationId = UUID.randomUUID().toString();
        preservation.caseId = penaltyCase.caseId;
        preservation.agencyCode = penaltyCase.agencyCode;
        preservation.status = PreservationStatus.REQUESTED;
        preservation.items.addAll(items);
        preservation.keptAt = keptAt;
        preservation.reasons = reasons;
        preservation.requestedBy = act.actor();
        preservation.requestedAt = act.performedAt();
        preservation.persist();
        journal.record(penaltyCase, TimelineAct.EVIDENCE_PRESERVATION_REQUESTED, act, items.size() + " item(s) to be kept at " + keptAt + ": " + reasons);
        return preservation;
    }

    /** The head's approval (经行政机关负责人批准): the items are kept, and the 7 working days for handling them start. */
    public EvidencePreservation approve(PenaltyCase penaltyCase, String preservationId, ActContext act) {
        penaltyCase.require(CaseAct.APPROVE_PRESERVATION);
        EvidencePreservation preservation = of(penaltyCase, preservationId);
        requireStatus(preservation, PreservationStatus.REQUESTED, "approved");
        preservation.status = PreservationStatus.APPROVED;
        preservation.approvedBy = act.actor();
        preservation.approvedAt = act.performedAt();
        preservation.dueOn = journal.deadlines().startWorkingDays(penaltyCase, CaseDeadline.Kind.PRESERVATION_HANDLING, "PL 56, 85",
                act.day(), rules.preservationHandlingWorkingDays()).dueOn;
        journal.record(penaltyCase, TimelineAct.EVIDENCE_PRESERVATION_APPROVED, act, "handling due by " + preservation.dueOn);
        return preservation;
    }

    /** The handling decision (处理决定), in time; after the last day only the release of the lapsed measure. */
    public EvidencePreservation handle(PenaltyCase penaltyCase, String preservationId, PreservationHandling handling, String note,
            ActContext act) {
        penaltyCase.require(CaseAct.HANDLE_PRESERVATION);
        EvidencePreservation preservation = of(penaltyCase, preservationId);
        requireStatus(preservation, PreservationStatus.APPROVED, "handled");
        HandlingOfficers.requireMayAct(penaltyCase, act.performedAt());
        boolean lapsed = PreservationPeriod.lapsed(preservation.dueOn, act.day());
        PreservationPeriod.requireHandlingAllowed(handling, preservation.dueOn, act.day());
        preservation.status = PreservationStatus.HANDLED;
        preservation.handling = handling;
        preservation.handlingNote = note;
        preservation.handledBy = act.actor();
        preservation.handledAt = act.performedAt();
        if (lapsed) {
            journal.deadlines().lapse(penaltyCase, CaseDeadline.Kind.PRESERVATION_HANDLING);
        } else {
            journal.deadlines().meet(penaltyCase, CaseDeadline.Kind.PRESERVATION_HANDLING);
        }
        journal.record(penaltyCase, TimelineAct.EVIDENCE_PRESERVATION_HANDLED, act, handling.term() + (lapsed ? " (lifted after the 7 working days)" : "")
                + (note == null ? "" : ": " + note));
        return preservation;
    }

    private static EvidencePreservation of(PenaltyCase penaltyCase, String preservationId) {
        return EvidencePreservation.<EvidencePreservation>findByIdOptional(preservationId)
                .filter(p -> p.caseId.equals(penaltyCase.caseId))
                .orElseThrow(() -> CaseProblem.EVIDENCE_PRESERVATION_NOT_FOUND.refuse("no preservation " + preservationId + " in this case"));
    }

    private static void requireStatus(EvidencePreservation preservation, PreservationStatus required, String act) {
        if (preservation.status != required) {
            throw CaseProblem.EVIDENCE_PRESERVATION_STATE_FORBIDS_ACT.refuse("the preservation is " + preservation.status
                    + "; only a " + required + " one can be " + act, "PL 56");
        }
    }
}

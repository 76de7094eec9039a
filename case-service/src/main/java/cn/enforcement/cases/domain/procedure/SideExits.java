package cn.enforcement.cases.domain.procedure;

import cn.enforcement.cases.domain.ActContext;
import cn.enforcement.cases.domain.CaseJournal;
import cn.enforcement.cases.domain.TimelineAct;
import cn.enforcement.cases.domain.CaseAct;
import cn.enforcement.cases.domain.CaseDeadline;
import cn.enforcement.cases.domain.PenaltyCase;
import cn.enforcement.cases.domain.PenaltyExemption;
import cn.enforcement.cases.domain.catalogue.ViolationItem;
import cn.enforcement.platform.events.cases.DecisionRevoked;
import cn.enforcement.platform.events.cases.NoPenaltyDecided;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** The ways a case leaves the penalty path: no penalty (PL 33) and revocation; transfer is {@link cn.enforcement.cases.domain.transfer.TransferProcedure}. */
@ApplicationScoped
@Transactional
public class SideExits {

    private final CaseJournal journal;

    SideExits(CaseJournal journal) {
        this.journal = journal;
    }

    public PenaltyCase decideNoPenalty(PenaltyCase penaltyCase, boolean firstOrMinor, boolean promptlyCorrected,
            boolean harmfulConsequences, String commitmentLetterReference, String education, ActContext act) {
        penaltyCase.require(CaseAct.DECIDE_NO_PENALTY);
        for (String code : penaltyCase.violationItems) {
            ViolationItem item = ViolationItem.findById(code);
            PenaltyExemption.requireExempt(item.onExemptionList, item.workSafety, firstOrMinor, promptlyCorrected,
                    harmfulConsequences, commitmentLetterReference);
        }
        Instant now = act.performedAt();
        penaltyCase.decideNoPenalty(now);
        journal.deadlines().meet(penaltyCase, CaseDeadline.Kind.DECISION);
        journal.deadlines().lapse(penaltyCase, CaseDeadline.Kind.STATEMENT);
        journal.deadlines().lapse(penaltyCase, CaseDeadline.Kind.HEARING_REQUEST);
        journal.record(penaltyCase, TimelineAct.NO_PENALTY, act, "不予处罚 (PL 33); commitment letter " + commitmentLetterReference
                + "; education: " + education);
        journal.publish(new NoPenaltyDecided(penaltyCase.ref(), "first or minor violation promptly corrected without harm",
                commitmentLetterReference, now));
        return penaltyCase;
    }

    public PenaltyCase revoke(PenaltyCase penaltyCase, String revokedBy, String reason, ActContext act) {
        penaltyCase.require(CaseAct.REVOKE);
        Instant now = act.performedAt();
        penaltyCase.revoke(now);
        journal.deadlines().lapse(penaltyCase, CaseDeadline.Kind.SERVICE);
        journal.deadlines().lapse(penaltyCase, CaseDeadline.Kind.PAYMENT);
        journal.record(penaltyCase, TimelineAct.REVOKED, act, revokedBy + ": " + reason);
        journal.publish(new DecisionRevoked(penaltyCase.ref(), revokedBy, reason, now));
        return penaltyCase;
    }
}

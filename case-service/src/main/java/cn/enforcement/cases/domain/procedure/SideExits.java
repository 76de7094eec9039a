package cn.enforcement.cases.domain.procedure;

import cn.enforcement.cases.domain.CaseDeadline;
import cn.enforcement.cases.domain.CaseProblem;
import cn.enforcement.cases.domain.CaseStatus;
import cn.enforcement.cases.domain.PenaltyCase;
import cn.enforcement.cases.domain.PenaltyExemption;
import cn.enforcement.cases.domain.catalogue.ViolationItem;
import cn.enforcement.platform.events.cases.CaseTransferred;
import cn.enforcement.platform.events.cases.DecisionRevoked;
import cn.enforcement.platform.events.cases.NoPenaltyDecided;
import cn.enforcement.platform.events.cases.TransferAnswered;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** The ways a case leaves the penalty path: no penalty (PL 33), transfer to the judiciary (PL 27, 82; TP), revocation. */
@ApplicationScoped
@Transactional
public class SideExits {

    private final CaseJournal journal;

    SideExits(CaseJournal journal) {
        this.journal = journal;
    }

    public PenaltyCase decideNoPenalty(PenaltyCase penaltyCase, boolean firstOrMinor, boolean promptlyCorrected,
            boolean harmfulConsequences, String commitmentLetterReference, String education, String actor) {
        penaltyCase.status.requireOneOf("no penalty", CaseStatus.INVESTIGATING, CaseStatus.NOTIFIED);
        for (String code : penaltyCase.violationItems) {
            ViolationItem item = ViolationItem.findById(code);
            PenaltyExemption.requireExempt(item.onExemptionList, item.workSafety, firstOrMinor, promptlyCorrected,
                    harmfulConsequences, commitmentLetterReference);
        }
        Instant now = journal.now();
        penaltyCase.status = CaseStatus.NO_PENALTY;
        penaltyCase.decidedAt = now;
        journal.deadlines().meet(penaltyCase, CaseDeadline.Kind.DECISION);
        journal.deadlines().lapse(penaltyCase, CaseDeadline.Kind.STATEMENT);
        journal.deadlines().lapse(penaltyCase, CaseDeadline.Kind.HEARING_REQUEST);
        journal.record(penaltyCase, "NO_PENALTY", actor, "不予处罚 (PL 33); commitment letter " + commitmentLetterReference
                + "; education: " + education);
        journal.publish(new NoPenaltyDecided(penaltyCase.ref(), "first or minor violation promptly corrected without harm",
                commitmentLetterReference, now));
        return penaltyCase;
    }

    /** 移送: the case goes to the judiciary with its five attachments; no fine is decided instead. */
    public PenaltyCase transfer(PenaltyCase penaltyCase, String receivingBody, TransferAttachments attachments, String actor) {
        penaltyCase.status.requireOneOf("a transfer", CaseStatus.INVESTIGATING, CaseStatus.NOTIFIED, CaseStatus.HEARING_REQUESTED,
                CaseStatus.DECIDED, CaseStatus.SERVED, CaseStatus.PAID);
        if (!attachments.complete()) {
            throw CaseProblem.TRANSFER_ATTACHMENTS_INCOMPLETE.refuse("移送应当附有移送书、调查报告、涉案物品清单、检验报告或鉴定意见及其他材料", "TP 5");
        }
        Instant now = journal.now();
        penaltyCase.status = CaseStatus.TRANSFERRED;
        penaltyCase.transferReceiver = receivingBody;
        penaltyCase.transferAttachments = attachments.all();
        journal.deadlines().lapse(penaltyCase, CaseDeadline.Kind.DECISION);
        journal.deadlines().lapse(penaltyCase, CaseDeadline.Kind.STATEMENT);
        journal.deadlines().lapse(penaltyCase, CaseDeadline.Kind.HEARING_REQUEST);
        journal.deadlines().startDays(penaltyCase, CaseDeadline.Kind.TRANSFER_DELIVERY, "TP 8", journal.today(), 1);
        journal.record(penaltyCase, "TRANSFERRED", actor, "to " + receivingBody + "; earlier penalties stay in force (PL 35)");
        journal.publish(new CaseTransferred(penaltyCase.ref(), receivingBody, attachments.all(), now));
        return penaltyCase;
    }

    public PenaltyCase answerTransfer(PenaltyCase penaltyCase, boolean accepted, String remarks, String actor) {
        penaltyCase.status.requireOneOf("the transfer answer", CaseStatus.TRANSFERRED);
        if (penaltyCase.transferAccepted != null) {
            throw CaseProblem.TRANSFER_ALREADY_ANSWERED.refuse("the receiver's answer is recorded", "TP 8");
        }
        penaltyCase.transferAccepted = accepted;
        journal.deadlines().meet(penaltyCase, CaseDeadline.Kind.TRANSFER_DELIVERY);
        journal.record(penaltyCase, accepted ? "TRANSFER_ACCEPTED" : "TRANSFER_REFUSED", actor, remarks
                + (accepted ? "" : "; the agency may ask for reconsideration within 3 days (TP 9)"));
        journal.publish(new TransferAnswered(penaltyCase.ref(), accepted, remarks, journal.now()));
        return penaltyCase;
    }

    public PenaltyCase revoke(PenaltyCase penaltyCase, String revokedBy, String reason, String actor) {
        penaltyCase.status.requireOneOf("revocation", CaseStatus.DECIDED, CaseStatus.SERVED, CaseStatus.PAID, CaseStatus.CLOSED);
        Instant now = journal.now();
        penaltyCase.status = CaseStatus.REVOKED;
        penaltyCase.revokedAt = now;
        journal.deadlines().lapse(penaltyCase, CaseDeadline.Kind.SERVICE);
        journal.deadlines().lapse(penaltyCase, CaseDeadline.Kind.PAYMENT);
        journal.record(penaltyCase, "REVOKED", actor, revokedBy + ": " + reason);
        journal.publish(new DecisionRevoked(penaltyCase.ref(), revokedBy, reason, now));
        return penaltyCase;
    }
}

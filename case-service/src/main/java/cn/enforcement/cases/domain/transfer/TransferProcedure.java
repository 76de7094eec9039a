package cn.enforcement.cases.domain.transfer;

import cn.enforcement.cases.domain.ActContext;
import cn.enforcement.cases.domain.catalogue.CriminalThreshold;
import cn.enforcement.cases.domain.catalogue.CriminalMeasure;
import cn.enforcement.cases.domain.TimelineAct;
import cn.enforcement.cases.domain.CaseAct;
import cn.enforcement.cases.domain.CaseDeadline;
import cn.enforcement.cases.domain.CaseProblem;
import cn.enforcement.cases.domain.PenaltyCase;
import cn.enforcement.cases.domain.catalogue.ViolationItem;
import cn.enforcement.cases.domain.CaseJournal;
import cn.enforcement.platform.events.cases.CaseTransferred;
import cn.enforcement.platform.events.cases.CriminalThresholdCrossed;
import cn.enforcement.platform.events.cases.TransferAnswered;
import cn.enforcement.platform.events.cases.TransferDecided;
import cn.enforcement.platform.events.cases.TransferFilingSupervised;
import cn.enforcement.platform.events.cases.TransferReconsiderationRequested;
import cn.enforcement.platform.events.cases.TransferRequested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 行刑衔接 (PL 27, 82; TP; CPL 113): the facts measured against criminal thresholds, the officers' request, the
 * head's decision within 3 days, delivery within 24 hours, and the receiver's answers, each an event of the case.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TransferProcedure {

    private final CaseJournal journal;

    TransferProcedure(CaseJournal journal) {
        this.journal = journal;
    }

    /** Records what the investigation measured; reaching a threshold it did not reach before is published (应移送). */
    public void recordMeasuredFacts(PenaltyCase penaltyCase, Map<CriminalMeasure, BigDecimal> measured, ActContext act) {
        penaltyCase.require(CaseAct.MEASURE_FACTS);
        List<ThresholdCrossing> before = crossings(penaltyCase);
        penaltyCase.measured(measured);
        List<ThresholdCrossing> after = crossings(penaltyCase);
        journal.record(penaltyCase, TimelineAct.FACTS_MEASURED, act, measured.toString());
        if (!after.isEmpty() && !after.equals(before)) {
            journal.publish(new CriminalThresholdCrossed(penaltyCase.ref(), after.stream()
                    .map(c -> new CriminalThresholdCrossed.Crossing(c.itemCode(), c.measure().name(), c.atLeast(), c.found(),
                            c.description(), c.basis())).toList(), act.performedAt()));
        }
    }

    /** The thresholds of the case's violation items that its measured facts reach. */
    public static List<ThresholdCrossing> crossings(PenaltyCase penaltyCase) {
        if (penaltyCase.measuredFacts.isEmpty()) {
            return List.of();
        }
        Map<String, List<CriminalThreshold>> byItem = new LinkedHashMap<>();
        for (String code : penaltyCase.violationItems) {
            ViolationItem.<ViolationItem>findByIdOptional(code).ifPresent(item -> byItem.put(code, item.criminalThresholds));
        }
        return ThresholdCrossing.of(byItem, penaltyCase.measuredFacts);
    }

    /** 不得以罚代刑: a penalty is decided only if no transfer is under way and reached thresholds were considered. */
    public static void requireNoFineInsteadOfTransfer(PenaltyCase penaltyCase) {
        CriminalTransfer latest = latestOf(penaltyCase);
        NoFineInsteadOfTransfer.require(crossings(penaltyCase), latest == null ? null : latest.status);
    }

    /** The handling officers' written request (移送书面报告, TP 5): the head decides within 3 days. */
    public CriminalTransfer request(PenaltyCase penaltyCase, String receivingBodyCode, String reasons, ActContext act) {
        penaltyCase.require(CaseAct.REQUEST_TRANSFER);
        requireNoneUnderWay(penaltyCase);
        JudicialBody receiver = JudicialBody.<JudicialBody>findByIdOptional(receivingBodyCode)
                .orElseThrow(() -> CaseProblem.JUDICIAL_BODY_UNKNOWN.refuse("no receiving body " + receivingBodyCode));
        CriminalTransfer transfer = begin(penaltyCase, TransferStatus.REQUESTED);
        transfer.receivingBodyCode = receiver.code;
        transfer.supervisingProcuratorate = receiver.supervisedBy;
        transfer.requestedAt = act.performedAt();
        transfer.requestedBy = act.actor();
        transfer.requestReasons = reasons;
        journal.deadlines().startDays(penaltyCase, CaseDeadline.Kind.TRANSFER_DECISION, "TP 5", act.day(), 3);
        journal.record(penaltyCase, TimelineAct.TRANSFER_REQUESTED, act, "to " + receiver.name + ": " + reasons);
        journal.publish(new TransferRequested(penaltyCase.ref(), transfer.transferId, receiver.code, reasons, act.performedAt()));
        return transfer;
    }

    /**
     * The head's decision (TP 5): approving a request (deliver within 24 hours), declining it, or recording
     * without a request why a case that reaches a threshold is not transferred.
     */
    public CriminalTransfer decide(PenaltyCase penaltyCase, boolean approved, String reasons, ActContext act) {
        penaltyCase.require(CaseAct.DECIDE_TRANSFER);
        CriminalTransfer latest = latestOf(penaltyCase);
        CriminalTransfer transfer;
        if (latest != null && latest.status == TransferStatus.REQUESTED) {
            transfer = latest;
        } else if (!approved) {
            requireNoneUnderWay(penaltyCase);
            transfer = begin(penaltyCase, TransferStatus.DECLINED);
        } else {
            throw CaseProblem.TRANSFER_STATE_FORBIDS_ACT.refuse("there is no transfer request to approve; the handling officers request it",
                    "TP 5");
        }
        transfer.status = approved ? TransferStatus.APPROVED : TransferStatus.DECLINED;
        transfer.decidedAt = act.performedAt();
        transfer.decidedBy = act.actor();
        transfer.decisionReasons = reasons;
        journal.deadlines().meet(penaltyCase, CaseDeadline.Kind.TRANSFER_DECISION);
        if (approved) {
            journal.deadlines().startDays(penaltyCase, CaseDeadline.Kind.TRANSFER_DELIVERY, "TP 5", act.day(), 1);
        }
        journal.record(penaltyCase, approved ? TimelineAct.TRANSFER_APPROVED : TimelineAct.TRANSFER_DECLINED, act, reasons);
        journal.publish(new TransferDecided(penaltyCase.ref(), transfer.transferId, approved, reasons, act.performedAt()));
        return transfer;
    }

    /** 移送: the approved transfer goes to the receiver with its five attachments; no fine is decided instead. */
    public CriminalTransfer deliver(PenaltyCase penaltyCase, TransferAttachments attachments, ActContext act) {
        penaltyCase.require(CaseAct.DELIVER_TRANSFER);
        CriminalTransfer transfer = requireStatus(penaltyCase, TransferStatus.APPROVED, "delivery follows the head's approval");
        if (!attachments.complete()) {
            throw CaseProblem.TRANSFER_ATTACHMENTS_INCOMPLETE.refuse("移送应当附有移送书、调查报告、涉案物品清单、检验报告或鉴定意见及其他材料", "TP 5");
        }
        JudicialBody receiver = JudicialBody.findById(transfer.receivingBodyCode);
        transfer.status = TransferStatus.DELIVERED;
        transfer.deliveredAt = act.performedAt();
        transfer.attachments = attachments.all();
        penaltyCase.transferred(receiver.name);
        journal.deadlines().lapse(penaltyCase, CaseDeadline.Kind.DECISION);
        journal.deadlines().lapse(penaltyCase, CaseDeadline.Kind.STATEMENT);
        journal.deadlines().lapse(penaltyCase, CaseDeadline.Kind.HEARING_REQUEST);
        journal.deadlines().meet(penaltyCase, CaseDeadline.Kind.TRANSFER_DELIVERY);
        journal.deadlines().startDays(penaltyCase, CaseDeadline.Kind.TRANSFER_ANSWER, "TP 8", act.day(), 3);
        journal.record(penaltyCase, TimelineAct.TRANSFERRED, act, "to " + receiver.name + "; earlier penalties stay in force (PL 35)");
        journal.publish(new CaseTransferred(penaltyCase.ref(), transfer.transferId, receiver.code, receiver.name,
                receiver.supervisedBy, attachments.all(), act.performedAt()));
        return transfer;
    }

    /** The receiver's answer (TP 8, 9): filed (立案), or refused with its reasons; the case follows it. */
    public void answer(PenaltyCase penaltyCase, CriminalTransfer transfer, boolean accepted, String reasons, ActContext act) {
        if (!transfer.status.awaitsReceiver()) {
            throw CaseProblem.TRANSFER_ALREADY_ANSWERED.refuse("the transfer is " + transfer.status + "; nothing awaits your answer", "TP 8");
        }
        boolean again = transfer.status != TransferStatus.DELIVERED;
        transfer.status = accepted ? TransferStatus.ACCEPTED : TransferStatus.REFUSED;
        transfer.answeredAt = act.performedAt();
        transfer.answerReasons = reasons;
        journal.deadlines().meet(penaltyCase, CaseDeadline.Kind.TRANSFER_ANSWER);
        if (!accepted && transfer.reconsiderationAskedAt == null && transfer.supervisedAt == null) {
            journal.deadlines().startDays(penaltyCase, CaseDeadline.Kind.TRANSFER_RECONSIDERATION, "TP 9", act.day(), 3);
        }
        journal.record(penaltyCase, accepted ? TimelineAct.TRANSFER_ACCEPTED : TimelineAct.TRANSFER_REFUSED, act, reasons);
        journal.publish(new TransferAnswered(penaltyCase.ref(), transfer.transferId, transfer.receivingBodyCode, accepted, reasons, again,
                act.performedAt()));
    }

    /** 提请复议 (TP 9): within 3 days of the refusal, once; the receiver answers again within 3 days. */
    public void askReconsideration(PenaltyCase penaltyCase, String reasons, ActContext act) {
        penaltyCase.require(CaseAct.ASK_TRANSFER_RECONSIDERATION);
        CriminalTransfer transfer = requireStatus(penaltyCase, TransferStatus.REFUSED, "reconsideration follows a refusal");
        CaseDeadline window = CaseDeadline.openOf(penaltyCase.caseId, CaseDeadline.Kind.TRANSFER_RECONSIDERATION)
                .orElseThrow(() -> CaseProblem.TRANSFER_STATE_FORBIDS_ACT.refuse(
                        "reconsideration is asked once, before the procuratorate's supervision", "TP 9"));
        if (act.day().isAfter(window.dueOn)) {
            throw CaseProblem.TRANSFER_RECONSIDERATION_TOO_LATE.refuse("the last day to ask was " + window.dueOn, "TP 9");
        }
        transfer.status = TransferStatus.RECONSIDERATION;
        transfer.reconsiderationAskedAt = act.performedAt();
        transfer.reconsiderationReasons = reasons;
        journal.deadlines().meet(penaltyCase, CaseDeadline.Kind.TRANSFER_RECONSIDERATION);
        journal.deadlines().startDays(penaltyCase, CaseDeadline.Kind.TRANSFER_ANSWER, "TP 9", act.day(), 3);
        journal.record(penaltyCase, TimelineAct.TRANSFER_RECONSIDERATION_ASKED, act, reasons);
        journal.publish(new TransferReconsiderationRequested(penaltyCase.ref(), transfer.transferId, transfer.receivingBodyCode, reasons,
                act.performedAt()));
    }

    /** 立案监督 (CPL 113; TP 14): the supervising procuratorate takes up a refusal; the receiver answers again. */
    public void superviseFiling(PenaltyCase penaltyCase, CriminalTransfer transfer, String procuratorateCode, String opinion,
            ActContext act) {
        if (transfer.status != TransferStatus.REFUSED) {
            throw CaseProblem.TRANSFER_STATE_FORBIDS_ACT.refuse("filing supervision takes up a refusal; the transfer is " + transfer.status,
                    "CPL 113");
        }
        transfer.status = TransferStatus.SUPERVISED;
        transfer.supervisedAt = act.performedAt();
        transfer.supervisionOpinion = opinion;
        journal.deadlines().lapse(penaltyCase, CaseDeadline.Kind.TRANSFER_RECONSIDERATION);
        journal.deadlines().startDays(penaltyCase, CaseDeadline.Kind.TRANSFER_ANSWER, "CPL 113", act.day(), 7);
        journal.record(penaltyCase, TimelineAct.TRANSFER_FILING_SUPERVISED, act, opinion);
        journal.publish(new TransferFilingSupervised(penaltyCase.ref(), transfer.transferId, procuratorateCode, opinion, act.performedAt()));
    }

    public static CriminalTransfer latestOf(PenaltyCase penaltyCase) {
        return penaltyCase.transferId == null ? null : CriminalTransfer.findById(penaltyCase.transferId);
    }

    private CriminalTransfer begin(PenaltyCase penaltyCase, TransferStatus status) {
        CriminalTransfer transfer = new CriminalTransfer();
        transfer.transferId = UUID.randomUUID().toString();
        transfer.caseId = penaltyCase.caseId;
        transfer.agencyCode = penaltyCase.agencyCode;
        transfer.regionCode = penaltyCase.regionCode;
        transfer.status = status;
        transfer.persist();
        penaltyCase.transferBegun(transfer.transferId);
        return transfer;
    }

    private static void requireNoneUnderWay(PenaltyCase penaltyCase) {
        CriminalTransfer latest = latestOf(penaltyCase);
        if (latest != null && latest.status.underWay()) {
            throw CaseProblem.TRANSFER_UNDER_WAY.refuse("the case's transfer is " + latest.status, "PL 27");
        }
    }

    private static CriminalTransfer requireStatus(PenaltyCase penaltyCase, TransferStatus expected, String why) {
        CriminalTransfer latest = latestOf(penaltyCase);
        if (latest == null || latest.status != expected) {
            throw CaseProblem.TRANSFER_STATE_FORBIDS_ACT.refuse(why + "; the case's transfer is "
                    + (latest == null ? "not requested" : latest.status), "TP 5, 9");
        }
        return latest;
    }
}

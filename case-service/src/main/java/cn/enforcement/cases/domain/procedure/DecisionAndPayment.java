package cn.enforcement.cases.domain.procedure;

import cn.enforcement.cases.domain.ActContext;
import cn.enforcement.cases.domain.CaseJournal;
import cn.enforcement.cases.domain.TimelineAct;
import cn.enforcement.cases.domain.CaseAct;
import cn.enforcement.cases.domain.CaseDeadline;
import cn.enforcement.cases.domain.CaseProblem;
import cn.enforcement.cases.domain.CaseRemedy;
import cn.enforcement.cases.domain.CaseRules;
import cn.enforcement.cases.domain.DecisionTimeLimit;
import cn.enforcement.cases.domain.DefenceRights;
import cn.enforcement.cases.domain.EvidenceFirst;
import cn.enforcement.cases.domain.LateFee;
import cn.enforcement.cases.domain.OnTheSpotCollection;
import cn.enforcement.cases.domain.PartyType;
import cn.enforcement.cases.domain.Penalty;
import cn.enforcement.cases.domain.PenaltyCase;
import cn.enforcement.cases.domain.PenaltyKind;
import cn.enforcement.cases.domain.RemedyPause;
import cn.enforcement.cases.domain.transfer.TransferProcedure;
import cn.enforcement.cases.readmodel.CaseEvidence;
import cn.enforcement.platform.law.ProcedureNumbers;
import cn.enforcement.platform.events.cases.CaseDecided;
import cn.enforcement.platform.events.cases.DecisionPeriodExtended;
import cn.enforcement.platform.events.cases.DecisionServed;
import cn.enforcement.platform.events.cases.FineCollectedOnTheSpot;
import cn.enforcement.platform.events.cases.FinePaid;
import cn.enforcement.platform.time.BeijingTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The decision (PL 57-60), its service (PL 61) and payment at the bank (罚缴分离, PL 66-67, 72). */
@ApplicationScoped
@Transactional
public class DecisionAndPayment {

    private final CaseJournal journal;
    private final CaseRules rules;
    private final ProcedureNumbers law;
    private final CaseLegalReview legalReview;
    private final LateFee lateFee;
    private final OnTheSpotCollection onTheSpot;

    DecisionAndPayment(CaseJournal journal, CaseRules rules, ProcedureNumbers law, CaseLegalReview legalReview) {
        this.journal = journal;
        this.rules = rules;
        this.law = law;
        this.legalReview = legalReview;
        this.lateFee = new LateFee(rules.lateFeeRatePerDay());
        this.onTheSpot = new OnTheSpotCollection(rules.onTheSpotCollectionLimit());
    }

    public PenaltyCase decide(PenaltyCase penaltyCase, Penalty penalty, String legalBasis, ActContext act) {
        penaltyCase.require(CaseAct.DECIDE);
        Instant now = act.performedAt();
        LocalDate today = act.day();
        EvidenceFirst.require(CaseEvidence.countRecordedBy(penaltyCase.caseId, now), "decision");
        HandlingOfficers.requireMayAct(penaltyCase, now);
        DefenceRights.requireHearingSettled(penaltyCase.hearingRequestedAt != null, penaltyCase.hearingSettledAt != null);
        CaseDeadline.openOf(penaltyCase.caseId, CaseDeadline.Kind.STATEMENT).ifPresent(period ->
                DefenceRights.requirePeriodOver(CaseProblem.STATEMENT_PERIOD_OPEN,
                        "陈述申辩", period.dueOn, penaltyCase.statementWaived, today,
                        "PL 44-45, 62"));
        if (penaltyCase.hearingRights && penaltyCase.hearingRequestedAt == null) {
            CaseDeadline.openOf(penaltyCase.caseId, CaseDeadline.Kind.HEARING_REQUEST).ifPresent(period ->
                    DefenceRights.requirePeriodOver(CaseProblem.HEARING_REQUEST_PERIOD_OPEN, "听证申请", period.dueOn,
                            penaltyCase.hearingRequestWaived, today, "PL 64"));
        }
        DefenceRights.requireNotHeavier(penalty, penaltyCase.notified());
        legalReview.requireClearedFor(penaltyCase, penalty);
        TransferProcedure.requireNoFineInsteadOfTransfer(penaltyCase);
        LocalDate periodStart = BeijingTime.dayOf(penaltyCase.filingApprovedAt);
        DecisionTimeLimit.requireWithin(today,
                DecisionTimeLimit.lastDay(periodStart, law.decisionDays(), penaltyCase.extensions, rules.extensionDays()));
        penaltyCase.decide(penalty, legalBasis, now);
        journal.deadlines().meet(penaltyCase, CaseDeadline.Kind.DECISION);
        journal.deadlines().lapse(penaltyCase, CaseDeadline.Kind.STATEMENT);
        journal.deadlines().lapse(penaltyCase, CaseDeadline.Kind.HEARING_REQUEST);
        journal.deadlines().startDays(penaltyCase, CaseDeadline.Kind.SERVICE, "PL 61", today, law.serviceDays());
        journal.record(penaltyCase, TimelineAct.DECIDED, act, penalty.kind() + " " + penalty.amount().toPlainString() + "; " + legalBasis
                + "; remedies: reconsideration within 60 days, lawsuit within 6 months (PL 59)");
        publishDecided(penaltyCase);
        return penaltyCase;
    }

    /** The head extends the decision period (PL 60), at most the configured number of times. */
    public PenaltyCase extend(PenaltyCase penaltyCase, String reason, ActContext act) {
        penaltyCase.require(CaseAct.EXTEND);
        if (penaltyCase.extensions >= rules.maxExtensions()) {
            throw CaseProblem.EXTENSION_LIMIT_REACHED.refuse(
                    "the decision period may be extended " + rules.maxExtensions() + " time(s)", "PL 60");
        }
        penaltyCase.extendDecisionPeriod();
        journal.deadlines().extend(penaltyCase, CaseDeadline.Kind.DECISION, rules.extensionDays(), reason).ifPresent(lastDay ->
                journal.publish(new DecisionPeriodExtended(penaltyCase.ref(), lastDay, reason, act.performedAt())));
        journal.record(penaltyCase, TimelineAct.EXTENDED, act, rules.extensionDays() + " days: " + reason);
        return penaltyCase;
    }

    /** Service of the decision (PL 61), dated when it was served. */
    public PenaltyCase serve(PenaltyCase penaltyCase, String method, String electronicConsentReference, ActContext act) {
        Instant servedAt = act.performedAt();
        penaltyCase.require(CaseAct.SERVE);
        if ("ELECTRONIC".equals(method) && (electronicConsentReference == null || electronicConsentReference.isBlank())) {
            throw CaseProblem.ELECTRONIC_SERVICE_WITHOUT_CONSENT.refuse(
                    "当事人同意并签订确认书的，可以电子送达: record the party's consent", "PL 61");
        }
        HandlingOfficers.requireMayAct(penaltyCase, servedAt);
        penaltyCase.serve(method, servedAt);
        journal.deadlines().meet(penaltyCase, CaseDeadline.Kind.SERVICE);
        journal.record(penaltyCase, TimelineAct.SERVED, act, method
                + (electronicConsentReference == null ? "" : "; consent " + electronicConsentReference));
        startPaymentIfFine(penaltyCase, BeijingTime.dayOf(servedAt), act);
        return penaltyCase;
    }

    /**
     * A bank confirmation of payment (罚缴分离): the late fee is charged on what is paid late (PL 72). What
     * the party owes is the fine and the late fee at the payment date; less is a partial payment, more is
     * recorded with the refund due, never taken silently.
     */
    public PenaltyCase recordPayment(PenaltyCase penaltyCase, BigDecimal amount, String bankReference, ActContext act) {
        Instant paidAt = act.performedAt();
        penaltyCase.require(CaseAct.CONFIRM_PAYMENT);
        if (penaltyCase.decisionKind != PenaltyKind.FINE) {
            throw CaseProblem.NOTHING_TO_PAY.refuse("the decision imposes no fine", "PL 67");
        }
        LocalDate paidOn = BeijingTime.dayOf(paidAt);
        long paused = RemedyPause.daysPending(CaseRemedy.of(penaltyCase.caseId).stream().map(CaseRemedy::pending).toList(),
                penaltyCase.paymentDueOn, paidOn);
        boolean paidInFull = penaltyCase.pay(amount, lateFee.on(penaltyCase.decisionAmount, penaltyCase.paymentDueOn, paidOn, paused));
        BigDecimal outstanding = penaltyCase.outstanding();
        if (paidInFull) {
            journal.deadlines().meet(penaltyCase, CaseDeadline.Kind.PAYMENT);
        }
        journal.record(penaltyCase, TimelineAct.PAID, act, amount.toPlainString() + " yuan, bank reference " + bankReference + "; late fee "
                + penaltyCase.lateFee.toPlainString() + (paidInFull ? "; paid in full" : "; partial, " + outstanding.toPlainString()
                + " yuan outstanding") + (penaltyCase.refundDue.signum() > 0 ? "; OVERPAID by " + penaltyCase.refundDue.toPlainString()
                + " yuan: refund due" : ""));
        journal.publish(new FinePaid(penaltyCase.ref(), amount, penaltyCase.lateFee, bankReference, paidInFull, outstanding,
                penaltyCase.refundDue, paidAt));
        return penaltyCase;
    }

    /** 当场收缴 (PL 68-71): the officers take the summary fine then and there against the official receipt. */
    public PenaltyCase collectOnTheSpot(PenaltyCase penaltyCase, String receiptNumber, ActContext act) {
        penaltyCase.require(CaseAct.COLLECT_ON_THE_SPOT);
        Instant now = act.performedAt();
        onTheSpot.require(penaltyCase.procedure, penaltyCase.decisionKind, penaltyCase.decisionAmount,
                BeijingTime.dayOf(penaltyCase.decidedAt), act.day());
        HandlingOfficers.requireMayAct(penaltyCase, now);
        penaltyCase.collectOnTheSpot(receiptNumber);
        journal.deadlines().meet(penaltyCase, CaseDeadline.Kind.PAYMENT);
        LocalDate handOverBy = journal.deadlines().startDays(penaltyCase, CaseDeadline.Kind.COLLECTION_HANDOVER, "PL 71", act.day(),
                rules.collectionHandoverDays()).dueOn;
        journal.record(penaltyCase, TimelineAct.COLLECTED_ON_THE_SPOT, act, penaltyCase.decisionAmount.toPlainString()
                + " yuan against receipt " + receiptNumber + " (PL 68, 70); to the agency by " + handOverBy + " (PL 71)");
        journal.publish(new FineCollectedOnTheSpot(penaltyCase.ref(), penaltyCase.decisionAmount, receiptNumber, handOverBy, now));
        return penaltyCase;
    }

    /** PL 71: the money collected on the spot reached the agency, which pays it into the bank. */
    public PenaltyCase handOverCollectedFine(PenaltyCase penaltyCase, ActContext act) {
        penaltyCase.require(CaseAct.HAND_OVER_COLLECTED_FINE);
        penaltyCase.collectedFineHandedOver(act.performedAt());
        journal.deadlines().meet(penaltyCase, CaseDeadline.Kind.COLLECTION_HANDOVER);
        journal.record(penaltyCase, TimelineAct.COLLECTED_FINE_HANDED_OVER, act, "receipt " + penaltyCase.collectionReceipt
                + ": the agency received the money (PL 71)");
        return penaltyCase;
    }

    void publishDecided(PenaltyCase penaltyCase) {
        journal.publish(new CaseDecided(penaltyCase.ref(), penaltyCase.decisionKind.name(), penaltyCase.decisionAmount,
                penaltyCase.decisionLegalBasis, penaltyCase.partyType.name(), penaltyCase.partyName, penaltyCase.violationItems,
                penaltyCase.procedure.name(), penaltyCase.partyType == PartyType.ORGANISATION ? penaltyCase.partyIdentifier : null,
                penaltyCase.facts, penaltyCase.statementWaived, penaltyCase.hearingRequestWaived, penaltyCase.personsNamed(),
                penaltyCase.vehiclePlates, penaltyCase.decidedAt));
    }

    /** A served fine is paid within the period from service (PL 67); the served decision is announced either way. */
    void startPaymentIfFine(PenaltyCase penaltyCase, LocalDate servedOn, ActContext act) {
        LocalDate dueOn = null;
        if (penaltyCase.decisionKind == PenaltyKind.FINE) {
            dueOn = journal.deadlines().startDays(penaltyCase, CaseDeadline.Kind.PAYMENT, "PL 67", servedOn, rules.paymentDays()).dueOn;
            penaltyCase.payableBy(dueOn);
        }
        journal.publish(new DecisionServed(penaltyCase.ref(), penaltyCase.serviceMethod, dueOn, act.performedAt()));
    }
}

package cn.enforcement.cases.domain;

import static cn.enforcement.cases.domain.CaseAct.*;
import static cn.enforcement.cases.domain.CaseStatus.*;

import cn.enforcement.cases.domain.transfer.CriminalTransfer;
import cn.enforcement.platform.events.review.LegalReviewCompleted;
import cn.enforcement.problem.ProblemException;
import cn.enforcement.problem.ProblemType;
import cn.enforcement.problem.ReportsRefusals;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The penalty procedure as one transition table, the state machine of a case: for each act, the states it is allowed
 * in, the state it leads to, and the conditions (guards) it needs there besides. It is the only place that says which
 * act a case allows now. A refusal names the act, the states that allow it and its article, or the guard that failed.
 * The rules an act applies to what it is given (periods, evidence, discretion, review) are judged by the act itself.
 */
public final class CaseProcedure {

    /** A condition on the case an act needs besides its state, and the refusal when it does not hold. */
    public record Guard(String name, Predicate<PenaltyCase> holds, CaseProblem refusal, Function<PenaltyCase, String> why,
            String basis) {

        ProblemException refusalFor(PenaltyCase penaltyCase) {
            return refusal.refuse(why.apply(penaltyCase), basis);
        }
    }

    /**
     * One row: in the states {@code from}, for a case of one of {@code procedures}, the act is allowed when its guards
     * hold and leads to {@code next}; a null {@code next} leaves the state as it is.
     */
    public record Transition(CaseAct act, Set<Procedure> procedures, Set<CaseStatus> from, CaseStatus next, List<Guard> guards) {

        Transition onlyIn(Procedure procedure) {
            return new Transition(act, Collections.unmodifiableSet(EnumSet.of(procedure)), from, next, guards);
        }

        boolean applies(PenaltyCase penaltyCase) {
            return procedures.contains(penaltyCase.procedure) && from.contains(penaltyCase.status());
        }

        /** The first guard that does not hold for the case, if any. */
        public Optional<Guard> failedGuard(PenaltyCase penaltyCase) {
            return guards.stream().filter(guard -> !guard.holds().test(penaltyCase)).findFirst();
        }
    }

    /**
     * The state's refusal, read here through a field: an operation's documented refusals come from the act it names
     * ({@link CaseAct#refusals()}), so that an act every state allows is not documented as refused by the state.
     */
    private static final CaseProblem STATE_FORBIDS_ACT = CaseProblem.CASE_STATE_FORBIDS_ACT;
    private static final Set<CaseStatus> ANY = EnumSet.allOf(CaseStatus.class);
    private static final Set<CaseStatus> OPEN = EnumSet.complementOf(EnumSet.of(REVOKED, CLOSED, ARCHIVED));
    /** A case may be transferred after the filing approval and until it is closed, revoked or transferred (PL 27). */
    private static final Set<CaseStatus> TRANSFERABLE = EnumSet.of(INVESTIGATING, NOTIFIED, HEARING_REQUESTED, DECIDED, SERVED, PAID);
    private static final Set<CaseStatus> DEFENCE = EnumSet.of(NOTIFIED, HEARING_REQUESTED);
    private static final Set<CaseStatus> BEFORE_DECISION = EnumSet.of(INVESTIGATING, NOTIFIED, HEARING_REQUESTED);
    private static final Set<CaseStatus> DECISION_IN_FORCE = EnumSet.of(SERVED, PAID, CLOSED);

    static final Guard SUMMARY_NOT_YET_FILED = new Guard("SummaryNotYetFiled", c -> c.filingApprovedAt == null,
            CaseProblem.CASE_ALREADY_FILED, c -> "the summary decision was already filed", "TR 61");
    static final Guard RETURNED_FOR_SUPPLEMENT = new Guard("ReturnedForSupplement",
            c -> c.reviewOutcome == LegalReviewCompleted.Outcome.RETURNED_FOR_CORRECTION && c.decidedAt == null,
            CaseProblem.REVIEW_NOT_RETURNED, c -> "a case is sent again only after the latest review round returned it for supplement; it is "
                    + (c.reviewOutcome == null ? "not concluded" : c.reviewOutcome.name()), "seed 002");
    static final Guard FINE_COLLECTED_NOT_HANDED_OVER = new Guard("FineCollectedNotHandedOver",
            c -> c.collectionReceipt != null && c.collectionHandedOverAt == null, CaseProblem.NO_COLLECTED_FINE_TO_HAND_OVER,
            c -> "only a fine collected on the spot and not yet received is handed over to the agency", "PL 71");
    static final Guard NOT_A_FINE = new Guard("DecisionNotAFine", c -> c.decisionKind != PenaltyKind.FINE,
            CaseProblem.CASE_STATE_FORBIDS_ACT, c -> "a served fine is closed once it is paid", "TR 84");
    static final Guard TRANSFER_ANSWERED = new Guard("TransferAnswered",
            c -> c.transferId != null && CriminalTransfer.<CriminalTransfer>findByIdOptional(c.transferId)
                    .map(transfer -> transfer.status.answered()).orElse(false),
            CaseProblem.CASE_STATE_FORBIDS_ACT, c -> "a transferred case is closed once the receiving body has answered", "TP 8");
    static final Guard SUMMARY_DECISION_FILED = new Guard("SummaryDecisionFiled",
            c -> c.procedure != Procedure.SUMMARY || c.filingApprovedAt != null, CaseProblem.SUMMARY_NOT_FILED,
            c -> "当场作出的行政处罚决定应当报所属行政机关备案: file it first", "TR 61");
    static final Guard COLLECTED_FINE_HANDED_OVER = new Guard("CollectedFineHandedOver",
            c -> c.collectionReceipt == null || c.collectionHandedOverAt != null, CaseProblem.COLLECTED_FINE_NOT_HANDED_OVER,
            c -> "当场收缴的罚款应当自收缴之日起二日内交至行政机关: record the handover first", "PL 71");

    /** The table. Filing is not in it: a case begins in {@link #initialStatus}. */
    private static final List<Transition> TABLE = List.of(
            row(APPROVE_FILING, EnumSet.of(FILING_PENDING_APPROVAL), INVESTIGATING).onlyIn(Procedure.GENERAL),
            row(FILE_SUMMARY_DECISION, ANY, null, SUMMARY_NOT_YET_FILED).onlyIn(Procedure.SUMMARY),
            row(ASSIGN_OFFICERS, EnumSet.complementOf(EnumSet.of(REVOKED, CLOSED, ARCHIVED, TRANSFERRED)), null),
            row(NAME_PERSONS, ANY, null),
            row(PROPOSE, EnumSet.of(INVESTIGATING), null),
            row(ISSUE_NOTICE, EnumSet.of(INVESTIGATING), NOTIFIED),
            row(RECORD_STATEMENT, DEFENCE, null),
            row(REQUEST_HEARING, EnumSet.of(NOTIFIED), HEARING_REQUESTED),
            row(NOTIFY_HEARING, EnumSet.of(HEARING_REQUESTED), null),
            row(HOLD_HEARING, EnumSet.of(HEARING_REQUESTED), NOTIFIED),
            row(SEND_FOR_REVIEW_AGAIN, ANY, null, RETURNED_FOR_SUPPLEMENT),
            row(DECIDE, DEFENCE, DECIDED),
            row(EXTEND, BEFORE_DECISION, null),
            row(SERVE, EnumSet.of(DECIDED), SERVED),
            row(CONFIRM_PAYMENT, EnumSet.of(SERVED), PAID),
            row(COLLECT_ON_THE_SPOT, EnumSet.of(SERVED), PAID),
            row(HAND_OVER_COLLECTED_FINE, ANY, null, FINE_COLLECTED_NOT_HANDED_OVER),
            row(RECORD_REMEDY, DECISION_IN_FORCE, null),
            row(CONCLUDE_REMEDY, ANY, null),
            row(DECIDE_NO_PENALTY, EnumSet.of(INVESTIGATING, NOTIFIED), NO_PENALTY),
            row(REVOKE, EnumSet.of(DECIDED, SERVED, PAID, CLOSED), REVOKED),
            row(MEASURE_FACTS, TRANSFERABLE, null),
            row(REQUEST_TRANSFER, TRANSFERABLE, null),
            row(DECIDE_TRANSFER, TRANSFERABLE, null),
            row(DELIVER_TRANSFER, TRANSFERABLE, TRANSFERRED),
            row(ASK_TRANSFER_RECONSIDERATION, EnumSet.of(TRANSFERRED), null),
            row(REQUEST_PRESERVATION, EnumSet.of(INVESTIGATING), null),
            row(APPROVE_PRESERVATION, OPEN, null),
            row(HANDLE_PRESERVATION, OPEN, null),
            row(CLOSE, EnumSet.of(PAID, NO_PENALTY), CLOSED, SUMMARY_DECISION_FILED, COLLECTED_FINE_HANDED_OVER),
            row(CLOSE, EnumSet.of(SERVED), CLOSED, NOT_A_FINE, SUMMARY_DECISION_FILED, COLLECTED_FINE_HANDED_OVER),
            row(CLOSE, EnumSet.of(TRANSFERRED), CLOSED, TRANSFER_ANSWERED),
            row(ARCHIVE, EnumSet.of(CLOSED), ARCHIVED));

    private CaseProcedure() {
    }

    /** Where a case begins: a general case awaits the head's approval; a summary case is decided and served on the spot (PL 51-52). */
    public static CaseStatus initialStatus(Procedure procedure) {
        return procedure == Procedure.SUMMARY ? SERVED : FILING_PENDING_APPROVAL;
    }

    public static List<Transition> table() {
        return TABLE;
    }

    /** The row the act follows in the case's present state, once its guards hold; refused naming why otherwise. */
    public static Transition require(PenaltyCase penaltyCase, CaseAct act) {
        Transition row = rowFor(penaltyCase, act);
        row.failedGuard(penaltyCase).ifPresent(guard -> {
            throw guard.refusalFor(penaltyCase);
        });
        return row;
    }

    /** The refusal the act would meet now: the case's state does not allow it, or a guard of its row does not hold. */
    @ReportsRefusals
    public static Optional<ProblemException> refusalOf(PenaltyCase penaltyCase, CaseAct act) {
        Optional<Transition> row = rowIn(penaltyCase, act);
        if (row.isEmpty()) {
            return Optional.of(stateRefusal(penaltyCase, act));
        }
        return row.get().failedGuard(penaltyCase).map(guard -> guard.refusalFor(penaltyCase));
    }

    /** The row the act follows in the case's present state; refused when the state does not allow the act. */
    static Transition rowFor(PenaltyCase penaltyCase, CaseAct act) {
        return rowIn(penaltyCase, act).orElseThrow(() -> stateRefusal(penaltyCase, act));
    }

    /** The row the act follows in the case's present state, if the state allows it. */
    public static Optional<Transition> rowIn(PenaltyCase penaltyCase, CaseAct act) {
        return rowsOf(act).stream().filter(row -> row.applies(penaltyCase)).findFirst();
    }

    private static ProblemException stateRefusal(PenaltyCase penaltyCase, CaseAct act) {
        return STATE_FORBIDS_ACT.refuse(act + " (" + act.operation() + ") is not allowed while the case is " + penaltyCase.status()
                + "; allowed in " + allowedIn(penaltyCase, act), act.basis());
    }

    private static Set<CaseStatus> allowedIn(PenaltyCase penaltyCase, CaseAct act) {
        Set<CaseStatus> allowedIn = EnumSet.noneOf(CaseStatus.class);
        rowsOf(act).stream().filter(row -> row.procedures().contains(penaltyCase.procedure)).forEach(row -> allowedIn.addAll(row.from()));
        return allowedIn;
    }

    /** Every refusal the table may answer the act with: the state's, unless every state allows it, and its guards'. */
    static Set<ProblemType> refusalsOf(CaseAct act) {
        Set<ProblemType> refusals = new HashSet<>();
        if (rowsOf(act).stream().noneMatch(row -> row.from().equals(ANY))) {
            refusals.add(CaseProblem.CASE_STATE_FORBIDS_ACT);
        }
        rowsOf(act).forEach(row -> row.guards().forEach(guard -> refusals.add(guard.refusal())));
        return refusals;
    }

    /** Whether the act applies to a case of this procedure at all (approving a filing is for general cases). */
    public static boolean appliesTo(Procedure procedure, CaseAct act) {
        return rowsOf(act).stream().anyMatch(row -> row.procedures().contains(procedure));
    }

    private static List<Transition> rowsOf(CaseAct act) {
        return TABLE.stream().filter(row -> row.act() == act).toList();
    }

    private static Transition row(CaseAct act, Set<CaseStatus> from, CaseStatus next, Guard... guards) {
        return new Transition(act, EnumSet.allOf(Procedure.class), Collections.unmodifiableSet(EnumSet.copyOf(from)), next, List.of(guards));
    }
}

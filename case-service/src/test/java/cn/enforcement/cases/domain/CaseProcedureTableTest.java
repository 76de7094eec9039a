package cn.enforcement.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.enforcement.problem.ProblemException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The transition table: where a case begins, where each act leads, and what it refuses, without a database. */
class CaseProcedureTableTest {

    private static PenaltyCase begun(Procedure procedure) {
        PenaltyCase penaltyCase = new PenaltyCase();
        penaltyCase.procedure = procedure;
        penaltyCase.beginProcedure();
        return penaltyCase;
    }

    private static PenaltyCase after(Procedure procedure, CaseAct... acts) {
        PenaltyCase penaltyCase = begun(procedure);
        for (CaseAct act : acts) {
            penaltyCase.require(act);
            penaltyCase.complete(act);
        }
        return penaltyCase;
    }

    private static String codeOf(Runnable act) {
        try {
            act.run();
        } catch (ProblemException refused) {
            return refused.code();
        }
        return null;
    }

    @Test
    void aGeneralCaseAwaitsTheHeadsApprovalASummaryCaseIsServedOnTheSpot() {
        assertThat(begun(Procedure.GENERAL).status()).isEqualTo(CaseStatus.FILING_PENDING_APPROVAL);
        assertThat(begun(Procedure.SUMMARY).status()).isEqualTo(CaseStatus.SERVED);
    }

    @Test
    void theGeneralProcedureRunsFromApprovalThroughHearingAndPaymentToTheArchive() {
        PenaltyCase penaltyCase = after(Procedure.GENERAL, CaseAct.APPROVE_FILING);
        assertThat(penaltyCase.status()).isEqualTo(CaseStatus.INVESTIGATING);
        CaseAct[] path = { CaseAct.PROPOSE, CaseAct.ISSUE_NOTICE, CaseAct.REQUEST_HEARING, CaseAct.HOLD_HEARING, CaseAct.DECIDE,
            CaseAct.SERVE, CaseAct.CONFIRM_PAYMENT, CaseAct.CLOSE, CaseAct.ARCHIVE };
        CaseStatus[] reached = { CaseStatus.INVESTIGATING, CaseStatus.NOTIFIED, CaseStatus.HEARING_REQUESTED, CaseStatus.NOTIFIED,
            CaseStatus.DECIDED, CaseStatus.SERVED, CaseStatus.PAID, CaseStatus.CLOSED, CaseStatus.ARCHIVED };
        penaltyCase.decisionKind = PenaltyKind.FINE;
        for (int i = 0; i < path.length; i++) {
            penaltyCase.require(path[i]);
            penaltyCase.complete(path[i]);
            assertThat(penaltyCase.status()).as(path[i].name()).isEqualTo(reached[i]);
        }
    }

    @Test
    void anActTheStateDoesNotAllowIsRefusedNamingTheStatesThatDoAndItsArticle() {
        PenaltyCase investigating = after(Procedure.GENERAL, CaseAct.APPROVE_FILING);
        assertThatThrownBy(() -> investigating.require(CaseAct.DECIDE)).isInstanceOfSatisfying(ProblemException.class, refused -> {
            assertThat(refused.code()).isEqualTo("CASE_STATE_FORBIDS_ACT");
            assertThat(refused.getMessage()).contains("DECIDE (decision)", "INVESTIGATING", "NOTIFIED", "HEARING_REQUESTED");
            assertThat(refused.legalBasis()).isEqualTo("PL 57, 59");
        });
        assertThat(investigating.status()).isEqualTo(CaseStatus.INVESTIGATING);
    }

    @Test
    void noPenaltyIsDecidedBeforeTheNoticeOrAfterItButNotOnceAHearingIsRequested() {
        assertThat(codeOf(() -> after(Procedure.GENERAL, CaseAct.APPROVE_FILING, CaseAct.DECIDE_NO_PENALTY))).isNull();
        assertThat(codeOf(() -> after(Procedure.GENERAL, CaseAct.APPROVE_FILING, CaseAct.ISSUE_NOTICE, CaseAct.DECIDE_NO_PENALTY))).isNull();
        assertThat(codeOf(() -> after(Procedure.GENERAL, CaseAct.APPROVE_FILING, CaseAct.ISSUE_NOTICE, CaseAct.REQUEST_HEARING,
                CaseAct.DECIDE_NO_PENALTY))).isEqualTo("CASE_STATE_FORBIDS_ACT");
    }

    @Test
    void aServedWarningClosesAServedFineWaitsForItsPayment() {
        PenaltyCase warned = after(Procedure.GENERAL, CaseAct.APPROVE_FILING, CaseAct.ISSUE_NOTICE, CaseAct.DECIDE, CaseAct.SERVE);
        warned.decisionKind = PenaltyKind.WARNING;
        warned.require(CaseAct.CLOSE);
        warned.complete(CaseAct.CLOSE);
        assertThat(warned.status()).isEqualTo(CaseStatus.CLOSED);

        PenaltyCase fined = after(Procedure.GENERAL, CaseAct.APPROVE_FILING, CaseAct.ISSUE_NOTICE, CaseAct.DECIDE, CaseAct.SERVE);
        fined.decisionKind = PenaltyKind.FINE;
        assertThat(codeOf(() -> fined.require(CaseAct.CLOSE))).isEqualTo("CASE_STATE_FORBIDS_ACT");
        assertThat(fined.status()).isEqualTo(CaseStatus.SERVED);
    }

    @Test
    void aSummaryDecisionIsFiledOnceAndBeforeClosingAndAFineCollectedOnTheSpotIsHandedOverFirst() {
        PenaltyCase summary = begun(Procedure.SUMMARY);
        summary.decisionKind = PenaltyKind.FINE;
        summary.decisionAmount = new BigDecimal("50.00");
        summary.require(CaseAct.COLLECT_ON_THE_SPOT);
        summary.complete(CaseAct.COLLECT_ON_THE_SPOT);
        summary.collectionReceipt = "吉财票 0001";
        assertThat(codeOf(() -> summary.require(CaseAct.CLOSE))).isEqualTo("SUMMARY_NOT_FILED");
        summary.require(CaseAct.FILE_SUMMARY_DECISION);
        summary.filingApprovedAt = Instant.parse("2026-12-01T02:00:00Z");
        assertThat(codeOf(() -> summary.require(CaseAct.FILE_SUMMARY_DECISION))).isEqualTo("CASE_ALREADY_FILED");
        assertThat(codeOf(() -> summary.require(CaseAct.CLOSE))).isEqualTo("COLLECTED_FINE_NOT_HANDED_OVER");
        summary.require(CaseAct.HAND_OVER_COLLECTED_FINE);
        summary.collectionHandedOverAt = Instant.parse("2026-12-02T02:00:00Z");
        assertThat(codeOf(() -> summary.require(CaseAct.HAND_OVER_COLLECTED_FINE))).isEqualTo("NO_COLLECTED_FINE_TO_HAND_OVER");
        summary.require(CaseAct.CLOSE);
    }

    @Test
    void approvingAFilingIsForAGeneralCaseFilingASummaryDecisionForASummaryOne() {
        assertThat(CaseProcedure.appliesTo(Procedure.GENERAL, CaseAct.APPROVE_FILING)).isTrue();
        assertThat(CaseProcedure.appliesTo(Procedure.SUMMARY, CaseAct.APPROVE_FILING)).isFalse();
        assertThat(CaseProcedure.appliesTo(Procedure.SUMMARY, CaseAct.FILE_SUMMARY_DECISION)).isTrue();
        assertThat(CaseProcedure.appliesTo(Procedure.GENERAL, CaseAct.FILE_SUMMARY_DECISION)).isFalse();
    }

    @Test
    void everyActHasARowAndEveryStateIsReachedFromWhereCasesBegin() {
        Set<CaseAct> inTable = CaseProcedure.table().stream().map(CaseProcedure.Transition::act).collect(Collectors.toSet());
        assertThat(inTable).containsExactlyInAnyOrder(CaseAct.values());

        Set<CaseStatus> reached = EnumSet.of(CaseProcedure.initialStatus(Procedure.GENERAL), CaseProcedure.initialStatus(Procedure.SUMMARY));
        boolean grew = true;
        while (grew) {
            Set<CaseStatus> next = EnumSet.copyOf(reached);
            CaseProcedure.table().stream().filter(row -> row.next() != null && row.from().stream().anyMatch(reached::contains))
                    .forEach(row -> next.add(row.next()));
            grew = next.size() > reached.size();
            reached.addAll(next);
        }
        assertThat(reached).containsExactlyInAnyOrder(CaseStatus.values());
    }

    @Test
    void anActIsDocumentedToBeRefusedByTheStateOnlyWhereSomeStateRefusesIt() {
        assertThat(CaseAct.DECIDE.refusals()).containsExactly(CaseProblem.CASE_STATE_FORBIDS_ACT);
        assertThat(CaseAct.CLOSE.refusals()).containsExactlyInAnyOrder(CaseProblem.CASE_STATE_FORBIDS_ACT, CaseProblem.SUMMARY_NOT_FILED,
                CaseProblem.COLLECTED_FINE_NOT_HANDED_OVER);
        assertThat(CaseAct.HAND_OVER_COLLECTED_FINE.refusals()).containsExactly(CaseProblem.NO_COLLECTED_FINE_TO_HAND_OVER);
        assertThat(CaseAct.NAME_PERSONS.refusals()).isEmpty();
    }

    @Test
    void nothingLeadsOutOfARevokedOrArchivedCase() {
        assertThat(CaseProcedure.table().stream().filter(row -> row.next() != null)
                .filter(row -> row.from().contains(CaseStatus.REVOKED) || row.from().contains(CaseStatus.ARCHIVED))).isEmpty();
        assertThat(Arrays.stream(CaseAct.values()).filter(act -> act.basis().isBlank())).isEmpty();
    }
}

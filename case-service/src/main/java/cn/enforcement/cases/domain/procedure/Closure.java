package cn.enforcement.cases.domain.procedure;

import cn.enforcement.cases.domain.CaseProblem;
import cn.enforcement.cases.domain.CaseStatus;
import cn.enforcement.cases.domain.PenaltyCase;
import cn.enforcement.cases.domain.PenaltyKind;
import cn.enforcement.cases.domain.Procedure;
import cn.enforcement.cases.domain.transfer.CriminalTransfer;
import cn.enforcement.cases.domain.transfer.TransferProcedure;
import cn.enforcement.platform.events.cases.CaseArchived;
import cn.enforcement.platform.events.cases.CaseClosed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Closing (结案) once the decision is executed or the case left the penalty path, and archiving (归档). */
@ApplicationScoped
@Transactional
public class Closure {

    private final CaseJournal journal;

    Closure(CaseJournal journal) {
        this.journal = journal;
    }

    public PenaltyCase close(PenaltyCase penaltyCase, String actor) {
        boolean warningServed = penaltyCase.status == CaseStatus.SERVED && penaltyCase.decisionKind != PenaltyKind.FINE;
        CriminalTransfer transfer = TransferProcedure.latestOf(penaltyCase);
        boolean transferAnswered = penaltyCase.status == CaseStatus.TRANSFERRED && transfer != null && transfer.status.answered();
        if (!warningServed && !transferAnswered) {
            penaltyCase.status.requireOneOf("closing", CaseStatus.PAID, CaseStatus.NO_PENALTY);
        }
        if (penaltyCase.procedure == Procedure.SUMMARY && penaltyCase.filingApprovedAt == null) {
            throw CaseProblem.SUMMARY_NOT_FILED.refuse("当场作出的行政处罚决定应当报所属行政机关备案: file it first", "TR 61");
        }
        if (penaltyCase.collectionReceipt != null && penaltyCase.collectionHandedOverAt == null) {
            throw CaseProblem.COLLECTED_FINE_NOT_HANDED_OVER.refuse(
                    "当场收缴的罚款应当自收缴之日起二日内交至行政机关: record the handover first", "PL 71");
        }
        Instant now = journal.now();
        String outcome = penaltyCase.status.name();
        penaltyCase.status = CaseStatus.CLOSED;
        penaltyCase.closedAt = now;
        journal.record(penaltyCase, "CLOSED", actor, "结案 after " + outcome);
        journal.publish(new CaseClosed(penaltyCase.ref(), outcome, now));
        return penaltyCase;
    }

    public PenaltyCase archive(PenaltyCase penaltyCase, String actor) {
        penaltyCase.status.requireOneOf("archiving", CaseStatus.CLOSED);
        Instant now = journal.now();
        penaltyCase.status = CaseStatus.ARCHIVED;
        penaltyCase.archivedAt = now;
        journal.record(penaltyCase, "ARCHIVED", actor, "归档");
        journal.publish(new CaseArchived(penaltyCase.ref(), now));
        return penaltyCase;
    }
}

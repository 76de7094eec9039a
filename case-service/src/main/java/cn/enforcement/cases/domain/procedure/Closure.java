package cn.enforcement.cases.domain.procedure;

import cn.enforcement.cases.domain.TimelineAct;
import cn.enforcement.cases.domain.CaseAct;
import cn.enforcement.cases.domain.PenaltyCase;
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
        penaltyCase.require(CaseAct.CLOSE);
        Instant now = journal.now();
        String outcome = penaltyCase.status().name();
        penaltyCase.complete(CaseAct.CLOSE);
        penaltyCase.closedAt = now;
        journal.record(penaltyCase, TimelineAct.CLOSED, actor, "结案 after " + outcome);
        journal.publish(new CaseClosed(penaltyCase.ref(), outcome, now));
        return penaltyCase;
    }

    public PenaltyCase archive(PenaltyCase penaltyCase, String actor) {
        penaltyCase.require(CaseAct.ARCHIVE);
        Instant now = journal.now();
        penaltyCase.complete(CaseAct.ARCHIVE);
        penaltyCase.archivedAt = now;
        journal.record(penaltyCase, TimelineAct.ARCHIVED, actor, "归档");
        journal.publish(new CaseArchived(penaltyCase.ref(), now));
        return penaltyCase;
    }
}

package cn.enforcement.cases.domain.procedure;

import cn.enforcement.cases.domain.ActContext;
import cn.enforcement.cases.domain.CaseJournal;
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

    public PenaltyCase close(PenaltyCase penaltyCase, ActContext act) {
        penaltyCase.require(CaseAct.CLOSE);
        Instant now = act.performedAt();
        String outcome = penaltyCase.status().name();
        penaltyCase.close(now);
        journal.record(penaltyCase, TimelineAct.CLOSED, act, "结案 after " + outcome);
        journal.publish(new CaseClosed(penaltyCase.ref(), outcome, now));
        return penaltyCase;
    }

    public PenaltyCase archive(PenaltyCase penaltyCase, ActContext act) {
        penaltyCase.require(CaseAct.ARCHIVE);
        Instant now = act.performedAt();
        penaltyCase.archive(now);
        journal.record(penaltyCase, TimelineAct.ARCHIVED, act, "归档");
        journal.publish(new CaseArchived(penaltyCase.ref(), now));
        return penaltyCase;
    }
}

package cn.enforcement.review.domain.filecheck;

import cn.enforcement.platform.events.cases.CaseDecided;
import cn.enforcement.platform.events.cases.CaseFiled;
import cn.enforcement.platform.events.cases.NoticeIssued;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 告知与陈述申辩 (PL 44, 45, 62): a decision by the general procedure follows a notice; it comes after the party's
 * statement period unless the party waived it in writing; and it is never heavier than what was notified.
 */
public final class DefencePeriodsRespected implements FileCheck {

    @Override
    public String name() {
        return "NOTICE_AND_STATEMENT_PERIOD";
    }

    @Override
    public String basis() {
        return "PL 44, 45, 62";
    }

    @Override
    public List<Finding> check(CaseHistory history) {
        Optional<HistoryEvent<CaseDecided>> decided = history.first(CaseDecided.class);
        if (decided.isEmpty() || isSummary(history)) {
            return List.of();
        }
        HistoryEvent<CaseDecided> decision = decided.get();
        List<HistoryEvent<NoticeIssued>> notices = history.before(NoticeIssued.class, decision);
        if (notices.isEmpty()) {
            return List.of(Finding.of(this, FindingGrade.DEFECT, "未告知即作出决定: decided on " + decision.day() + " without a notice",
                    decision));
        }
        HistoryEvent<NoticeIssued> notice = notices.get(notices.size() - 1);
        List<Finding> findings = new ArrayList<>();
        if (!decision.payload().statementWaived() && notice.payload().statementLastDay() != null
                && !decision.day().isAfter(notice.payload().statementLastDay())) {
            findings.add(Finding.of(this, FindingGrade.DEFECT, "陈述申辩期限未届满: decided on " + decision.day()
                    + ", the statement period ran until " + notice.payload().statementLastDay() + " and was not waived", notice, decision));
        }
        if (!decision.payload().penaltyKind().equals(notice.payload().penaltyKind())) {
            findings.add(Finding.of(this, FindingGrade.REMARK, "decided " + decision.payload().penaltyKind() + ", notified "
                    + notice.payload().penaltyKind() + ": a different kind of penalty than notified", notice, decision));
        } else if (decision.payload().amount() != null && notice.payload().amount() != null
                && decision.payload().amount().compareTo(notice.payload().amount()) > 0) {
            findings.add(Finding.of(this, FindingGrade.DEFECT, "不得因陈述申辩加重处罚: decided " + decision.payload().amount().toPlainString()
                    + " yuan, notified " + notice.payload().amount().toPlainString(), notice, decision));
        }
        return findings;
    }

    private static boolean isSummary(CaseHistory history) {
        return history.first(CaseFiled.class).map(filed -> "SUMMARY".equals(filed.payload().procedure())).orElse(false);
    }
}

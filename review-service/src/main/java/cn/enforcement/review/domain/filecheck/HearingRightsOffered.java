package cn.enforcement.review.domain.filecheck;

import cn.enforcement.platform.events.cases.CaseDecided;
import cn.enforcement.platform.events.cases.HearingHeld;
import cn.enforcement.platform.events.cases.HearingRequested;
import cn.enforcement.platform.events.cases.NoticeIssued;
import cn.enforcement.platform.law.HearingRights;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 听证权利 (PL 63, 64): a penalty that carries the right to a hearing was notified with it; the decision waits for
 * the hearing-request period unless waived; and a requested hearing was held (or defaulted) before the decision.
 */
public final class HearingRightsOffered implements FileCheck {

    private final HearingRights hearingRights;

    public HearingRightsOffered(HearingRights hearingRights) {
        this.hearingRights = hearingRights;
    }

    @Override
    public String name() {
        return "HEARING_RIGHTS";
    }

    @Override
    public String basis() {
        return "PL 63, 64";
    }

    @Override
    public List<Finding> check(CaseHistory history) {
        Optional<HistoryEvent<CaseDecided>> decided = history.first(CaseDecided.class);
        if (decided.isEmpty()) {
            return List.of();
        }
        HistoryEvent<CaseDecided> decision = decided.get();
        CaseDecided penalty = decision.payload();
        List<HistoryEvent<NoticeIssued>> notices = history.before(NoticeIssued.class, decision);
        List<Finding> findings = new ArrayList<>();
        boolean due = hearingRights.apply(penalty.penaltyKind(), penalty.amount(), "ORGANISATION".equals(penalty.partyType()));
        if (notices.isEmpty()) {
            if (due) {
                findings.add(Finding.of(this, FindingGrade.DEFECT, "应告知听证权利而未告知: " + Finding.penalty(penalty)
                        + " decided with no notice of the right to a hearing", decision));
            }
            return findings;
        }
        HistoryEvent<NoticeIssued> notice = notices.get(notices.size() - 1);
        if (due && !notice.payload().hearingRights()) {
            findings.add(Finding.of(this, FindingGrade.DEFECT, "应告知听证权利而未告知: " + Finding.penalty(penalty)
                    + " carries the right to a hearing; the notice did not offer it", notice, decision));
        }
        List<HistoryEvent<HearingRequested>> requests = history.before(HearingRequested.class, decision);
        if (!requests.isEmpty() && history.before(HearingHeld.class, decision).isEmpty()) {
            findings.add(Finding.of(this, FindingGrade.DEFECT, "当事人要求听证而未组织听证: decided on " + decision.day()
                    + " before the requested hearing was held", requests.get(0), decision));
        }
        if (notice.payload().hearingRights() && requests.isEmpty() && !penalty.hearingRequestWaived()
                && notice.payload().hearingRequestLastDay() != null && !decision.day().isAfter(notice.payload().hearingRequestLastDay())) {
            findings.add(Finding.of(this, FindingGrade.DEFECT, "听证申请期限未届满: decided on " + decision.day()
                    + ", the party could ask for a hearing until " + notice.payload().hearingRequestLastDay(), notice, decision));
        }
        return findings;
    }
}

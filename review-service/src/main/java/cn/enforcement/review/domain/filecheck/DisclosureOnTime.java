package cn.enforcement.review.domain.filecheck;

import cn.enforcement.platform.events.disclosure.DisclosureOverdue;
import cn.enforcement.platform.events.disclosure.DisclosurePublished;
import cn.enforcement.platform.events.disclosure.DisclosureWithdrawn;
import java.util.ArrayList;
import java.util.List;

/**
 * 行政执法公示 (PL 48; seed 002): a decision is published by its last day and taken down by its last day when
 * revoked. A duty missed is a defect; one met late is an irregularity.
 */
public final class DisclosureOnTime implements FileCheck {

    @Override
    public String name() {
        return "DISCLOSURE_ON_TIME";
    }

    @Override
    public String basis() {
        return "PL 48; seed 002";
    }

    @Override
    public List<Finding> check(CaseHistory history) {
        List<Finding> findings = new ArrayList<>();
        for (HistoryEvent<DisclosureOverdue> overdue : history.all(DisclosureOverdue.class)) {
            findings.add(Finding.of(this, FindingGrade.DEFECT, (overdue.payload().duty() == DisclosureOverdue.Duty.PUBLICATION
                    ? "未按时公示: not published" : "未按时撤下: not withdrawn") + " by " + overdue.payload().dueOn(), overdue));
        }
        for (HistoryEvent<DisclosurePublished> published : history.all(DisclosurePublished.class)) {
            if (!published.payload().onTime()) {
                findings.add(Finding.of(this, FindingGrade.IRREGULARITY, "published on " + published.day() + ", after its last day "
                        + published.payload().dueOn(), published));
            }
        }
        for (HistoryEvent<DisclosureWithdrawn> withdrawn : history.all(DisclosureWithdrawn.class)) {
            if (!withdrawn.payload().onTime()) {
                findings.add(Finding.of(this, FindingGrade.IRREGULARITY, "withdrawn on " + withdrawn.day() + ", after its last day "
                        + withdrawn.payload().dueOn(), withdrawn));
            }
        }
        return findings;
    }
}

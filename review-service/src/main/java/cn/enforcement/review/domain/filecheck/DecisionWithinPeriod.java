package cn.enforcement.review.domain.filecheck;

import cn.enforcement.platform.events.cases.CaseDecided;
import cn.enforcement.platform.events.cases.CaseDeadlineMissed;
import cn.enforcement.platform.events.cases.CaseFilingApproved;
import cn.enforcement.platform.events.cases.DecisionPeriodExtended;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 办案期限 (PL 60): a general-procedure decision is made within 90 days of filing, or by the last day of an
 * extension the head approved. A decision on the last day is in time.
 */
public final class DecisionWithinPeriod implements FileCheck {

    private final int decisionDays;

    /** @param decisionDays PL 60's period, {@code law.decision-days}: the number case-service's procedure applies */
    public DecisionWithinPeriod(int decisionDays) {
        this.decisionDays = decisionDays;
    }

    @Override
    public String name() {
        return "DECISION_WITHIN_90_DAYS";
    }

    @Override
    public String basis() {
        return "PL 60";
    }

    @Override
    public List<Finding> check(CaseHistory history) {
        Optional<HistoryEvent<CaseDecided>> decided = history.first(CaseDecided.class);
        Optional<HistoryEvent<CaseFilingApproved>> filed = history.first(CaseFilingApproved.class);
        if (decided.isEmpty() || filed.isEmpty() || "SUMMARY".equals(decided.get().payload().procedure())) {
            return List.of();
        }
        HistoryEvent<CaseDecided> decision = decided.get();
        Optional<HistoryEvent<DecisionPeriodExtended>> extension = history.before(DecisionPeriodExtended.class, decision).stream()
                .reduce((first, second) -> second);
        LocalDate lastDay = extension.map(e -> e.payload().lastDay()).orElse(filed.get().day().plusDays(decisionDays));
        if (decision.day().isAfter(lastDay)) {
            return List.of(Finding.of(this, FindingGrade.DEFECT, "超期作出决定: decided on " + decision.day() + ", the period ended "
                    + lastDay + (extension.isPresent() ? " after the extension" : " (filed " + filed.get().day() + ")"),
                    filed.get(), decision));
        }
        Optional<HistoryEvent<CaseDeadlineMissed>> missed = history.all(CaseDeadlineMissed.class).stream()
                .filter(m -> "DECISION".equals(m.payload().deadline())).findFirst();
        if (missed.isPresent()) {
            return List.of(Finding.of(this, FindingGrade.IRREGULARITY, "the decision period was reported missed on "
                    + missed.get().day() + " before the case was decided", missed.get(), decision));
        }
        return List.of();
    }
}

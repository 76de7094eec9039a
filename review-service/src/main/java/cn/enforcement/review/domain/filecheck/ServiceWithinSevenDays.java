package cn.enforcement.review.domain.filecheck;

import cn.enforcement.platform.events.cases.CaseDecided;
import cn.enforcement.platform.events.cases.DecisionRevoked;
import cn.enforcement.platform.events.cases.DecisionServed;
import java.util.List;
import java.util.Optional;

/**
 * 送达 (PL 61): a decision not handed over on the spot is served within 7 days ({@code law.service-days}, the number
 * case-service's procedure applies); a decision is served at all.
 */
public final class ServiceWithinSevenDays implements FileCheck {

    private final int serviceDays;

    public ServiceWithinSevenDays(int serviceDays) {
        this.serviceDays = serviceDays;
    }

    @Override
    public String name() {
        return "SERVICE_WITHIN_7_DAYS";
    }

    @Override
    public String basis() {
        return "PL 61";
    }

    @Override
    public List<Finding> check(CaseHistory history) {
        Optional<HistoryEvent<CaseDecided>> decided = history.first(CaseDecided.class);
        if (decided.isEmpty()) {
            return List.of();
        }
        HistoryEvent<CaseDecided> decision = decided.get();
        Optional<HistoryEvent<DecisionServed>> served = history.first(DecisionServed.class);
        if (served.isEmpty()) {
            return history.first(DecisionRevoked.class).isPresent() ? List.of()
                    : List.of(Finding.of(this, FindingGrade.DEFECT, "决定书未送达: the decision of " + decision.day() + " was never served",
                            decision));
        }
        if (served.get().day().isAfter(decision.day().plusDays(serviceDays))) {
            return List.of(Finding.of(this, FindingGrade.DEFECT, "超期送达: decided " + decision.day() + ", served " + served.get().day()
                    + ", later than " + serviceDays + " days", decision, served.get()));
        }
        return List.of();
    }
}

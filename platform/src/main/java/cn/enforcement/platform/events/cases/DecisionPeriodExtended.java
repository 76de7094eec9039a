package cn.enforcement.platform.events.cases;

import java.time.Instant;
import java.time.LocalDate;

/** The head extended the decision period (PL 60) to a new last day, with the reason. */
public record DecisionPeriodExtended(
        CaseRef caseRef,
        LocalDate lastDay,
        String reason,
        Instant at) implements CaseEvent {
}

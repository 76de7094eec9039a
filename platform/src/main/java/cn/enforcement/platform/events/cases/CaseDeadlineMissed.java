package cn.enforcement.platform.events.cases;

import java.time.Instant;
import java.time.LocalDate;

/** A deadline of the case has passed unmet (red); published once per deadline. */
public record CaseDeadlineMissed(
        CaseRef caseRef,
        String deadline,
        LocalDate dueOn,
        Instant at) implements CaseEvent {
}

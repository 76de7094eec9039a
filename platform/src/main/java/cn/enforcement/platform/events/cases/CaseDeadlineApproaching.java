package cn.enforcement.platform.events.cases;

import java.time.Instant;
import java.time.LocalDate;

/** A deadline of the case is near (yellow); published once per deadline. */
public record CaseDeadlineApproaching(
        CaseRef caseRef,
        String deadline,
        LocalDate dueOn,
        Instant at) implements CaseEvent {
}

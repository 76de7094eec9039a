package cn.enforcement.platform.events.cases;

import java.time.Instant;
import java.util.List;

/** The officers handling the case were (re)assigned; at least two, each with a valid credential. */
public record CaseOfficersAssigned(
        CaseRef caseRef,
        List<String> handlingCredentials,
        Instant at) implements CaseEvent {
}

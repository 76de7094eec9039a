package cn.enforcement.platform.events.cases;

import java.time.Instant;
import java.util.List;

/** The case was transferred to the judiciary (移送, PL 27, 82; TP): no fine may be decided instead. */
public record CaseTransferred(
        CaseRef caseRef,
        String receivingBody,
        List<String> attachments,
        Instant at) implements CaseEvent {
}

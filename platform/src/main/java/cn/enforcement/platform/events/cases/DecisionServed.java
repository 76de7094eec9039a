package cn.enforcement.platform.events.cases;

import java.time.Instant;
import java.time.LocalDate;

/** The decision was served on the party (送达, PL 61); the fine falls due 15 days later. */
public record DecisionServed(
        CaseRef caseRef,
        String method,
        LocalDate paymentDueOn,
        Instant at) implements CaseEvent {
}

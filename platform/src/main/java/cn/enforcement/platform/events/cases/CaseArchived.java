package cn.enforcement.platform.events.cases;

import java.time.Instant;

/** The case file was archived (归档). */
public record CaseArchived(
        CaseRef caseRef,
        Instant at) implements CaseEvent {
}

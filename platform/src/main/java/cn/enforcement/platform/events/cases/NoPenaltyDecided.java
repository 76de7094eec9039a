package cn.enforcement.platform.events.cases;

import java.time.Instant;

/** No penalty was given (不予处罚, PL 33), with the commitment letter recorded. */
public record NoPenaltyDecided(
        CaseRef caseRef,
        String reason,
        String commitmentLetterReference,
        Instant at) implements CaseEvent {
}

package cn.enforcement.platform.events.cases;

import java.time.Instant;

/** The hearing was held, or the party did not appear (a waiver) (PL 64). */
public record HearingHeld(
        CaseRef caseRef,
        boolean defaulted,
        String chairCredential,
        Instant at) implements CaseEvent {
}

package cn.enforcement.platform.events.personnel;

import java.time.Instant;
import java.time.LocalDate;

/** The credential was suspended (暂扣), until a date or until reinstated. Key = credential number. */
public record CredentialSuspended(
        CredentialSnapshot credential,
        String reason,
        LocalDate until,
        Instant effectiveAt) implements CredentialEvent {
}

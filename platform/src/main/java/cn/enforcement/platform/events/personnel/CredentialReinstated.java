package cn.enforcement.platform.events.personnel;

import java.time.Instant;

/** The credential was reinstated after a suspension. Key = credential number. */
public record CredentialReinstated(
        CredentialSnapshot credential,
        String reason,
        Instant effectiveAt) implements CredentialEvent {
}

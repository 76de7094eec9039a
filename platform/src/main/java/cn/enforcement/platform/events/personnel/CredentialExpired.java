package cn.enforcement.platform.events.personnel;

import java.time.Instant;

/** The credential expired at the end of its validity; final. Key = credential number. */
public record CredentialExpired(
        CredentialSnapshot credential,
        Instant effectiveAt) implements CredentialEvent {
}

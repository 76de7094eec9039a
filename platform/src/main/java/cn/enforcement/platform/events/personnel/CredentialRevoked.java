package cn.enforcement.platform.events.personnel;

import java.time.Instant;

/** The credential was revoked (吊销) for misconduct or wrongful cases; final. Key = credential number. */
public record CredentialRevoked(
        CredentialSnapshot credential,
        String reason,
        Instant effectiveAt) implements CredentialEvent {
}

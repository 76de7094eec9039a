package cn.enforcement.platform.events.personnel;

import java.time.Instant;

/** An enforcement credential (执法证件) was issued. Key = credential number. */
public record CredentialIssued(
        CredentialSnapshot credential,
        Instant effectiveAt) implements CredentialEvent {
}

package cn.enforcement.platform.events.personnel;

import java.time.Instant;

/**
 * The credential was cancelled (注销): the holder left the enforcement post or lost the card; final.
 * Key = credential number.
 */
public record CredentialCancelled(
        CredentialSnapshot credential,
        String reason,
        Instant effectiveAt) implements CredentialEvent {
}

package cn.enforcement.platform.events.personnel;

import java.time.Instant;

/** The credential had its annual review (年审) for a year recorded, passed or failed. Key = credential number. */
public record AnnualReviewRecorded(
        CredentialSnapshot credential,
        int year,
        boolean passed,
        String remarks,
        Instant effectiveAt) implements CredentialEvent {
}

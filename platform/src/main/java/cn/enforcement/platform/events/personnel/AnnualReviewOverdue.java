package cn.enforcement.platform.events.personnel;

import java.time.Instant;

/** The credential has no passed annual review (年审) for the previous year past the due date, so its holder may not act. Key = credential number. */
public record AnnualReviewOverdue(
        CredentialSnapshot credential,
        int year,
        Instant effectiveAt) implements CredentialEvent {
}

package cn.enforcement.platform.credentials;

import cn.enforcement.platform.time.BeijingTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether an enforcement credential allows its holder to act (PL 42, 52, 55: valid at the moment of
 * the act), as every service other than personnel knows it: from the status, review state and validity
 * period that personnel publishes with each credential change. personnel-service judges the full
 * history (suspension periods, reviews) and publishes the result; this is the one place where the
 * others apply it, so case-service and the public roster can never disagree. {@code agencyCode} is the
 * agency the holder enforces for.
 */
public record CredentialStanding(String credentialNumber, String agencyCode, String status, boolean annualReviewOverdue, LocalDate validFrom,
        LocalDate validTo) {

    public static final String ACTIVE = "ACTIVE";

    /** The days on which the holder may act: the validity period while active and reviewed, else none. */
    public record ActingWindow(LocalDate from, LocalDate until) {

        public boolean contains(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(until);
        }
    }

    public Optional<ActingWindow> actingWindow() {
        if (!ACTIVE.equals(status) || annualReviewOverdue || validFrom == null || validTo == null) {
            return Optional.empty();
        }
        return Optional.of(new ActingWindow(validFrom, validTo));
    }

    public boolean allowsActsOn(LocalDate day) {
        return actingWindow().map(window -> window.contains(day)).orElse(false);
    }

    public boolean allowsActsAt(Instant at) {
        return allowsActsOn(BeijingTime.dayOf(at));
    }

    /** Whether the status alone lets the holder act on some day (open cases need another officer otherwise). */
    public boolean statusAllowsActs() {
        return actingWindow().isPresent();
    }

    /** Why the holder may not act on the day, for a refusal. */
    public String whyNotOn(LocalDate day) {
        if (!ACTIVE.equals(status)) {
            return credentialNumber + " is " + status;
        }
        if (annualReviewOverdue) {
            return credentialNumber + " lacks its annual review (年审)";
        }
        return credentialNumber + " is valid only " + validFrom + " to " + validTo + ", not on " + day;
    }
}

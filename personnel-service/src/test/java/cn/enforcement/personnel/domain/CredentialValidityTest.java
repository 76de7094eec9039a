package cn.enforcement.personnel.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.enforcement.personnel.domain.CredentialValidity.Facts;
import cn.enforcement.personnel.domain.CredentialValidity.Reason;
import cn.enforcement.personnel.domain.CredentialValidity.Review;
import cn.enforcement.personnel.domain.CredentialValidity.Suspension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CredentialValidityTest {

    private final CredentialValidity validity = new CredentialValidity(MonthDay.of(3, 31));

    private static Instant beijing(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
    }

    private static Facts issued(LocalDate from, LocalDate to) {
        return new Facts(from, to, null, null, null, null, List.of(), List.of());
    }

    private static Facts withSuspensions(Facts facts, Suspension... suspensions) {
        return new Facts(facts.validFrom(), facts.validTo(), null, null, null, null, List.of(suspensions), facts.reviews());
    }

    private static Facts withReviews(Facts facts, Review... reviews) {
        return new Facts(facts.validFrom(), facts.validTo(), null, null, null, null, facts.suspensions(), List.of(reviews));
    }

    private final Facts thisYear = issued(LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31));

    @Test
    void validFromTheFirstMomentOfValidFromBeijingTime() {
        Facts facts = issued(LocalDate.of(2026, 5, 1), LocalDate.of(2030, 12, 31));
        assertThat(validity.at(facts, beijing("2026-04-30T23:59:59")).reason()).isEqualTo(Reason.NOT_YET_VALID);
        assertThat(validity.at(facts, beijing("2026-05-01T00:00:00")).valid()).isTrue();
    }

    @Test
    void validThroughTheWholeLastDayAndExpiredFromTheNext() {
        Facts facts = issued(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(validity.at(facts, beijing("2026-12-31T23:59:59")).valid()).isTrue();
        CredentialValidity.Verdict expired = validity.at(facts, beijing("2027-01-01T00:00:00"));
        assertThat(expired.reason()).isEqualTo(Reason.EXPIRED);
        assertThat(expired.since()).isEqualTo(beijing("2027-01-01T00:00:00"));
    }

    @Test
    void notValidExactlyAtTheSuspensionInstantButValidJustBefore() {
        Instant suspendedAt = beijing("2026-06-10T09:30:00");
        Facts facts = withSuspensions(thisYear, new Suspension(suspendedAt, null, "under investigation"));
        assertThat(validity.at(facts, suspendedAt.minusNanos(1)).valid()).isTrue();
        CredentialValidity.Verdict suspended = validity.at(facts, suspendedAt);
        assertThat(suspended.reason()).isEqualTo(Reason.SUSPENDED);
        assertThat(suspended.since()).isEqualTo(suspendedAt);
    }

    @Test
    void validAgainExactlyWhenReinstated() {
        Instant suspendedAt = beijing("2026-06-10T09:30:00");
        Instant reinstatedAt = beijing("2026-06-20T10:00:00");
        Facts facts = withSuspensions(thisYear, new Suspension(suspendedAt, reinstatedAt, "under investigation"));
        assertThat(validity.at(facts, reinstatedAt.minusNanos(1)).reason()).isEqualTo(Reason.SUSPENDED);
        assertThat(validity.at(facts, reinstatedAt).valid()).isTrue();
    }

    @Test
    void revocationAndCancellationTakeEffectAtTheirInstant() {
        Instant at = beijing("2026-07-01T08:00:00");
        Facts revoked = new Facts(thisYear.validFrom(), thisYear.validTo(), at, "wrongful case", null, null, List.of(), List.of());
        assertThat(validity.at(revoked, at.minusNanos(1)).valid()).isTrue();
        assertThat(validity.at(revoked, at).reason()).isEqualTo(Reason.REVOKED);
        Facts cancelled = new Facts(thisYear.validFrom(), thisYear.validTo(), null, null, at, "left the post", List.of(), List.of());
        assertThat(validity.at(cancelled, at).reason()).isEqualTo(Reason.CANCELLED);
    }

    @Test
    void aCredentialOfLastYearNeedsLastYearsReviewFromTheDayAfterTheDueDate() {
        Facts lastYear = issued(LocalDate.of(2025, 6, 1), LocalDate.of(2030, 12, 31));
        assertThat(validity.at(lastYear, beijing("2026-03-31T23:59:59")).valid()).isTrue();
        CredentialValidity.Verdict missing = validity.at(lastYear, beijing("2026-04-01T00:00:00"));
        assertThat(missing.reason()).isEqualTo(Reason.ANNUAL_REVIEW_MISSING);
        assertThat(missing.since()).isEqualTo(beijing("2026-04-01T00:00:00"));
    }

    @Test
    void onlyAPassedReviewForTheRightYearCounts() {
        Facts lastYear = issued(LocalDate.of(2025, 6, 1), LocalDate.of(2030, 12, 31));
        Instant june = beijing("2026-06-01T12:00:00");
        Instant recorded = beijing("2026-02-01T12:00:00");
        assertThat(validity.at(withReviews(lastYear, new Review(2025, true, recorded)), june).valid()).isTrue();
        assertThat(validity.at(withReviews(lastYear, new Review(2024, true, recorded)), june).reason())
                .isEqualTo(Reason.ANNUAL_REVIEW_MISSING);
        assertThat(validity.at(withReviews(lastYear, new Review(2026, true, recorded)), june).reason())
                .isEqualTo(Reason.ANNUAL_REVIEW_MISSING);
    }

    @Test
    void aFailedReviewInvalidatesFromItsRecordingEvenBeforeTheDueDate() {
        Facts lastYear = issued(LocalDate.of(2025, 6, 1), LocalDate.of(2030, 12, 31));
        Instant failedAt = beijing("2026-02-10T10:00:00");
        Facts failed = withReviews(lastYear, new Review(2025, false, failedAt));
        assertThat(validity.at(failed, failedAt.minusNanos(1)).valid()).isTrue();
        assertThat(validity.at(failed, failedAt).reason()).isEqualTo(Reason.ANNUAL_REVIEW_FAILED);
    }

    @Test
    void aLaterPassOfTheSameYearSupersedesAFailure() {
        Facts lastYear = issued(LocalDate.of(2025, 6, 1), LocalDate.of(2030, 12, 31));
        Instant failedAt = beijing("2026-02-10T10:00:00");
        Instant passedAt = beijing("2026-03-15T10:00:00");
        Facts reviewed = withReviews(lastYear, new Review(2025, false, failedAt), new Review(2025, true, passedAt));
        assertThat(validity.at(reviewed, passedAt.minusNanos(1)).reason()).isEqualTo(Reason.ANNUAL_REVIEW_FAILED);
        assertThat(validity.at(reviewed, passedAt).valid()).isTrue();
    }

    @Test
    void aCredentialOfThisYearNeedsNoReviewYet() {
        assertThat(validity.at(thisYear, beijing("2026-11-21T10:00:00")).valid()).isTrue();
    }
}

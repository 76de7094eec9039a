package cn.enforcement.personnel.domain;

import cn.enforcement.platform.time.BeijingTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Whether a credential allowed its holder to act at an instant, and if not, why and since when
 * (PL 42, 52, 55: only officers with a valid credential act, and it must be valid at the moment of
 * the act). Dates are Beijing time. Checked in this order: not yet valid, revoked, cancelled,
 * expired, suspended, annual review.
 *
 * <p>Annual review (年审): from the day after the review due date of year Y, a credential in force
 * before year Y needs a passed review for year Y-1. A failed review for Y-1 makes it invalid from
 * the moment the failure is recorded, until a later pass for that year is recorded.
 */
public final class CredentialValidity {

    @Schema(name = "CredentialValidityReason", description = "Why the credential did or did not allow acts at the instant")
    public enum Reason {
        @Schema(description = "有效: the credential allows enforcement acts")
        VALID,
        @Schema(description = "尚未生效: before its validity starts")
        NOT_YET_VALID,
        @Schema(description = "已吊销: revoked")
        REVOKED,
        @Schema(description = "已注销: cancelled, e.g. on leaving enforcement work")
        CANCELLED,
        @Schema(description = "已过期: past its validity")
        EXPIRED,
        @Schema(description = "暂扣: suspended")
        SUSPENDED,
        @Schema(description = "未年审: the annual review is missing")
        ANNUAL_REVIEW_MISSING,
        @Schema(description = "年审不合格: the annual review was failed")
        ANNUAL_REVIEW_FAILED
    }

    public record Verdict(boolean valid, Reason reason, Instant since, String detail) {

        static Verdict allowed() {
            return new Verdict(true, Reason.VALID, null, "valid for enforcement acts");
        }
    }

    /** A suspension from {@code from} (inclusive) until {@code until} (exclusive), open while null. */
    public record Suspension(Instant from, Instant until, String reason) {

        boolean covers(Instant at) {
            return !at.isBefore(from) && (until == null || at.isBefore(until));
        }
    }

    public record Review(int year, boolean passed, Instant recordedAt) {
    }

    /** Everything the verdict depends on, as plain values. */
    public record Facts(LocalDate validFrom, LocalDate validTo, Instant revokedAt, String revocationReason,
            Instant cancelledAt, String cancellationReason, List<Suspension> suspensions, List<Review> reviews) {
    }

    private final MonthDay reviewDue;

    public CredentialValidity(MonthDay reviewDue) {
        this.reviewDue = reviewDue;
    }

    public Verdict at(Facts facts, Instant at) {
        LocalDate day = BeijingTime.dayOf(at);
        if (day.isBefore(facts.validFrom())) {
            return new Verdict(false, Reason.NOT_YET_VALID, null, "valid only from " + facts.validFrom());
        }
        if (facts.revokedAt() != null && !at.isBefore(facts.revokedAt())) {
            return new Verdict(false, Reason.REVOKED, facts.revokedAt(), "revoked (吊销): " + facts.revocationReason());
        }
        if (facts.cancelledAt() != null && !at.isBefore(facts.cancelledAt())) {
            return new Verdict(false, Reason.CANCELLED, facts.cancelledAt(), "cancelled (注销): " + facts.cancellationReason());
        }
        if (day.isAfter(facts.validTo())) {
            return new Verdict(false, Reason.EXPIRED, BeijingTime.startOf(facts.validTo().plusDays(1)), "expired after " + facts.validTo());
        }
        Optional<Suspension> suspension = facts.suspensions().stream().filter(s -> s.covers(at)).findFirst();
        if (suspension.isPresent()) {
            return new Verdict(false, Reason.SUSPENDED, suspension.get().from(), "suspended (暂扣): " + suspension.get().reason());
        }
        return annualReview(facts, at, day);
    }

    private Verdict annualReview(Facts facts, Instant at, LocalDate day) {
        int reviewedYear = day.getYear() - 1;
        if (facts.validFrom().getYear() > reviewedYear) {
            return Verdict.allowed();
        }
        Optional<Review> latest = facts.reviews().stream()
                .filter(r -> r.year() == reviewedYear && !r.recordedAt().isAfter(at))
                .max(Comparator.comparing(Review::recordedAt));
        if (latest.isPresent() && !latest.get().passed()) {
            return new Verdict(false, Reason.ANNUAL_REVIEW_FAILED, latest.get().recordedAt(),
                    "the annual review (年审) for " + reviewedYear + " was failed");
        }
        LocalDate due = reviewDue.atYear(day.getYear());
        if (latest.isEmpty() && day.isAfter(due)) {
            return new Verdict(false, Reason.ANNUAL_REVIEW_MISSING, BeijingTime.startOf(due.plusDays(1)),
                    "no passed annual review (年审) for " + reviewedYear + " by " + due);
        }
        return Verdict.allowed();
    }
}

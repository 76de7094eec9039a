package cn.enforcement.personnel.domain;

import cn.enforcement.platform.time.BeijingTime;
import cn.enforcement.platform.events.personnel.AnnualReviewOverdue;
import cn.enforcement.platform.events.personnel.AnnualReviewRecorded;
import cn.enforcement.platform.events.personnel.CredentialCancelled;
import cn.enforcement.platform.events.personnel.CredentialExpired;
import cn.enforcement.platform.events.personnel.CredentialIssued;
import cn.enforcement.platform.events.personnel.CredentialReinstated;
import cn.enforcement.platform.events.personnel.CredentialRevoked;
import cn.enforcement.platform.events.personnel.CredentialSnapshot;
import cn.enforcement.platform.events.personnel.CredentialSuspended;
import cn.enforcement.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The life of enforcement credentials (执法证件): issue, suspend, reinstate, revoke, cancel, annual
 * review, expiry. Every change writes a dated, reasoned history entry and publishes an event with
 * the credential as it now stands, in the same transaction.
 */
@ApplicationScoped
@Transactional
public class CredentialOffice {

    private final Outbox outbox;
    private final Clock clock;
    private final EntityManager entityManager;
    private final CredentialEligibility eligibility;
    private final CredentialValidity validity;

    CredentialOffice(Outbox outbox, Clock clock, EntityManager entityManager, PersonnelRules rules) {
        this.outbox = outbox;
        this.clock = clock;
        this.entityManager = entityManager;
        this.eligibility = new CredentialEligibility(new TrainingRequirement(rules.yearlyTrainingHours()),
                rules.examPassMark(), rules.examValidity());
        this.validity = new CredentialValidity(rules.annualReviewDue());
    }

    public Credential issue(Officer officer, LocalDate validFrom, LocalDate validTo, String actor) {
        if (!officer.onPost) {
            throw PersonnelProblem.OFFICER_NOT_ON_POST.refuse(
                    "离岗人员不得发放执法证件: the officer has left the enforcement post", "seed 004");
        }
        if (!validTo.isAfter(validFrom)) {
            throw PersonnelProblem.VALIDITY_PERIOD_INVALID.refuse("validTo must be after validFrom");
        }
        if (Credential.inForceOf(officer.officerId).isPresent()) {
            throw PersonnelProblem.CREDENTIAL_ALREADY_IN_FORCE.refuse(
                    "该执法人员已持有执法证件: the officer already holds a credential in force");
        }
        LocalDate today = today();
        eligibility.requireQualified(today, TrainingRecord.hoursOf(officer.officerId, today.getYear()),
                TrainingRecord.hoursOf(officer.officerId, today.getYear() - 1), ExamResult.lastPassedOn(officer.officerId));
        long serial = ((Number) entityManager.createNativeQuery("select nextval('credential_serial')").getSingleResult()).longValue();
        Credential credential = new Credential();
        credential.credentialNumber = CredentialNumber.of(officer.regionCode, today, serial);
        credential.officerId = officer.officerId;
        credential.validFrom = validFrom;
        credential.validTo = validTo;
        credential.status = CredentialStatus.ACTIVE;
        credential.issuedAt = clock.instant();
        credential.persist();
        record(credential, "ISSUED", credential.issuedAt, actor, "valid " + validFrom + " to " + validTo);
        outbox.publish(new CredentialIssued(snapshot(credential, officer), credential.issuedAt));
        return credential;
    }

    public Credential suspend(Credential credential, String reason, LocalDate until, String actor) {
        CredentialLifecycle.requireSuspendable(credential.status);
        Instant now = clock.instant();
        if (until != null && until.isBefore(today())) {
            throw PersonnelProblem.SUSPENSION_END_IN_PAST.refuse("until must be today or later");
        }
        CredentialSuspensionRecord suspension = new CredentialSuspensionRecord();
        suspension.credentialNumber = credential.credentialNumber;
        suspension.suspendedAt = now;
        suspension.untilDate = until;
        suspension.reason = reason;
        suspension.persist();
        credential.status = CredentialStatus.SUSPENDED;
        record(credential, "SUSPENDED", now, actor, reason + (until == null ? "" : " (until " + until + ")"));
        outbox.publish(new CredentialSuspended(snapshot(credential), reason, until, now));
        return credential;
    }

    public Credential reinstate(Credential credential, String reason, String actor) {
        CredentialLifecycle.requireReinstatable(credential.status);
        Instant now = clock.instant();
        CredentialSuspensionRecord.openOf(credential.credentialNumber).ifPresent(open -> {
            open.reinstatedAt = now;
            open.reinstateReason = reason;
        });
        credential.status = CredentialStatus.ACTIVE;
        record(credential, "REINSTATED", now, actor, reason);
        outbox.publish(new CredentialReinstated(snapshot(credential), reason, now));
        return credential;
    }

    public Credential revoke(Credential credential, String reason, String actor) {
        CredentialLifecycle.requireRevocable(credential.status);
        Instant now = clock.instant();
        closeOpenSuspension(credential, now, "revoked");
        credential.status = CredentialStatus.REVOKED;
        credential.revokedAt = now;
        credential.revocationReason = reason;
        record(credential, "REVOKED", now, actor, reason);
        outbox.publish(new CredentialRevoked(snapshot(credential), reason, now));
        return credential;
    }

    public Credential cancel(Credential credential, String reason, String actor) {
        CredentialLifecycle.requireCancellable(credential.status);
        Instant now = clock.instant();
        closeOpenSuspension(credential, now, "cancelled");
        credential.status = CredentialStatus.CANCELLED;
        credential.cancelledAt = now;
        credential.cancellationReason = reason;
        record(credential, "CANCELLED", now, actor, reason);
        outbox.publish(new CredentialCancelled(snapshot(credential), reason, now));
        return credential;
    }

    public AnnualReviewRecord recordAnnualReview(Credential credential, int year, boolean passed, String remarks, String actor) {
        CredentialLifecycle.requireReviewable(credential.status);
        if (year < credential.validFrom.getYear() || year >= today().getYear()) {
            throw PersonnelProblem.REVIEW_YEAR_OUT_OF_RANGE.refuse(
                    "an annual review covers a past year in which the credential was in force: "
                            + credential.validFrom.getYear() + " to " + (today().getYear() - 1), "年审 (seed 000)");
        }
        AnnualReviewRecord review = new AnnualReviewRecord();
        review.credentialNumber = credential.credentialNumber;
        review.year = year;
        review.passed = passed;
        review.remarks = remarks;
        review.recordedAt = clock.instant();
        review.recordedBy = actor;
        review.persist();
        if (passed && credential.reviewOverdueYear != null && credential.reviewOverdueYear == year) {
            credential.reviewOverdueYear = null;
        }
        record(credential, passed ? "ANNUAL_REVIEW_PASSED" : "ANNUAL_REVIEW_FAILED", review.recordedAt, actor,
                year + (remarks == null ? "" : ": " + remarks));
        outbox.publish(new AnnualReviewRecorded(snapshot(credential), year, passed, remarks, review.recordedAt));
        return review;
    }

    /** Credentials past their last valid day become EXPIRED. Returns how many. */
    public int expireDue() {
        LocalDate today = today();
        List<Credential> due = Credential.list("status in ?1 and validTo < ?2",
                List.of(CredentialStatus.ACTIVE, CredentialStatus.SUSPENDED), today);
        for (Credential credential : due) {
            Instant expiredAt = BeijingTime.startOf(credential.validTo.plusDays(1));
            closeOpenSuspension(credential, expiredAt, "expired");
            credential.status = CredentialStatus.EXPIRED;
            record(credential, "EXPIRED", expiredAt, "system", "validity ended " + credential.validTo);
            outbox.publish(new CredentialExpired(snapshot(credential), expiredAt));
        }
        return due.size();
    }

    /** Suspensions set for a period whose last day has passed end by themselves. Returns how many. */
    public int reinstateEndedSuspensions() {
        LocalDate today = today();
        List<CredentialSuspensionRecord> ended = CredentialSuspensionRecord.list(
                "reinstatedAt is null and untilDate is not null and untilDate < ?1", today);
        for (CredentialSuspensionRecord suspension : ended) {
            Credential credential = Credential.findById(suspension.credentialNumber);
            Instant endedAt = BeijingTime.startOf(suspension.untilDate.plusDays(1));
            suspension.reinstatedAt = endedAt;
            suspension.reinstateReason = "suspension period ended";
            if (credential.status == CredentialStatus.SUSPENDED) {
                credential.status = CredentialStatus.ACTIVE;
                record(credential, "REINSTATED", endedAt, "system", "suspension period ended " + suspension.untilDate);
                outbox.publish(new CredentialReinstated(snapshot(credential), "suspension period ended", endedAt));
            }
        }
        return ended.size();
    }

    /** Marks, once, credentials whose previous-year annual review is missing past the due date. Returns how many. */
    public int markOverdueReviews() {
        Instant now = clock.instant();
        int reviewedYear = today().getYear() - 1;
        List<Credential> inForce = Credential.list("status in ?1 and validFrom <= ?2 and (reviewOverdueYear is null or reviewOverdueYear <> ?3)",
                List.of(CredentialStatus.ACTIVE, CredentialStatus.SUSPENDED), LocalDate.of(reviewedYear, 12, 31), reviewedYear);
        int marked = 0;
        for (Credential credential : inForce) {
            CredentialValidity.Verdict verdict = validityOf(credential, now);
            if (verdict.reason() == CredentialValidity.Reason.ANNUAL_REVIEW_MISSING) {
                credential.reviewOverdueYear = reviewedYear;
                record(credential, "ANNUAL_REVIEW_OVERDUE", now, "system", "no passed review for " + reviewedYear);
                outbox.publish(new AnnualReviewOverdue(snapshot(credential), reviewedYear, now));
                marked++;
            }
        }
        return marked;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CredentialValidity.Verdict validityOf(Credential credential, Instant at) {
        return validity.at(new CredentialValidity.Facts(credential.validFrom, credential.validTo,
                credential.revokedAt, credential.revocationReason, credential.cancelledAt, credential.cancellationReason,
                CredentialSuspensionRecord.of(credential.credentialNumber).stream().map(CredentialSuspensionRecord::asInterval).toList(),
                AnnualReviewRecord.of(credential.credentialNumber).stream().map(AnnualReviewRecord::asReview).toList()), at);
    }

    /** The credential as it stands, for events. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CredentialSnapshot snapshot(Credential credential) {
        return snapshot(credential, Officer.findById(credential.officerId));
    }

    private static CredentialSnapshot snapshot(Credential credential, Officer officer) {
        return new CredentialSnapshot(credential.credentialNumber, officer.officerId, officer.name, officer.username, officer.agencyCode,
                officer.regionCode, officer.post, officer.enforcementFields, credential.status.name(),
                credential.reviewOverdueYear != null, credential.validFrom, credential.validTo);
    }

    private void closeOpenSuspension(Credential credential, Instant at, String why) {
        CredentialSuspensionRecord.openOf(credential.credentialNumber).ifPresent(open -> {
            open.reinstatedAt = at;
            open.reinstateReason = "credential " + why;
        });
    }

    private void record(Credential credential, String change, Instant at, String actor, String reason) {
        CredentialHistoryEntry entry = new CredentialHistoryEntry();
        entry.credentialNumber = credential.credentialNumber;
        entry.change = change;
        entry.effectiveAt = at;
        entry.actor = actor;
        entry.reason = reason;
        entry.persist();
    }

    private LocalDate today() {
        return BeijingTime.today(clock);
    }
}

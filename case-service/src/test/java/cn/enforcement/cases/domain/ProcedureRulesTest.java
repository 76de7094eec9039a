package cn.enforcement.cases.domain;

import static cn.enforcement.platform.testing.Refused.codeOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import cn.enforcement.cases.domain.MajorDecisionClearance.Round;
import cn.enforcement.cases.domain.preservation.PreservationHandling;
import cn.enforcement.cases.domain.preservation.PreservationPeriod;
import cn.enforcement.platform.calendar.WorkingCalendar;
import cn.enforcement.platform.calendar.WorkingCalendar.DayKind;
import cn.enforcement.platform.calendar.WorkingCalendar.SpecialDay;
import cn.enforcement.platform.credentials.CredentialStanding;
import cn.enforcement.platform.events.review.LegalReviewCompleted.Outcome;
import cn.enforcement.platform.law.HearingRights;
import cn.enforcement.platform.law.LegalReviewRequirement;
import cn.enforcement.platform.law.LegalReviewRequirement.Reason;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProcedureRulesTest {

    private static Penalty fine(String yuan) {
        return new Penalty(PenaltyKind.FINE, new BigDecimal(yuan));
    }

    @Nested
    class Limitation {

        private final LimitationPeriod limitation = new LimitationPeriod(2, 5);
        private final LocalDate act = LocalDate.of(2024, 11, 21);

        @Test
        void filingOnTheLastDayOfTwoYearsIsInTimeAndTheNextDayIsNot() {
            assertThatCode(() -> limitation.requireWithin(act, false, LocalDate.of(2026, 11, 21))).doesNotThrowAnyException();
            assertThat(codeOf(() -> limitation.requireWithin(act, false, LocalDate.of(2026, 11, 22))))
                    .isEqualTo("LIMITATION_PERIOD_EXPIRED");
        }

        @Test
        void harmToLifeHealthOrFinanceExtendsItToFiveYears() {
            assertThatCode(() -> limitation.requireWithin(act, true, LocalDate.of(2029, 11, 21))).doesNotThrowAnyException();
            assertThat(codeOf(() -> limitation.requireWithin(act, true, LocalDate.of(2029, 11, 22))))
                    .isEqualTo("LIMITATION_PERIOD_EXPIRED");
        }
    }

    @Nested
    class SummaryProcedure {

        private final SummaryProcedureLimit limit = new SummaryProcedureLimit(new BigDecimal("200"), new BigDecimal("3000"));

        @Test
        void twoHundredYuanForAnIndividualButNotTwoHundredAndOne() {
            assertThat(limit.allows(fine("200"), PartyType.INDIVIDUAL)).isTrue();
            assertThat(limit.allows(fine("201"), PartyType.INDIVIDUAL)).isFalse();
            assertThat(codeOf(() -> limit.require(fine("200.01"), PartyType.INDIVIDUAL))).isEqualTo("SUMMARY_PROCEDURE_NOT_ALLOWED");
        }

        @Test
        void threeThousandYuanForAnOrganisationButNotThreeThousandAndOne() {
            assertThat(limit.allows(fine("3000"), PartyType.ORGANISATION)).isTrue();
            assertThat(limit.allows(fine("3001"), PartyType.ORGANISATION)).isFalse();
        }

        @Test
        void aWarningAlwaysAndNothingElseButFines() {
            assertThat(limit.allows(new Penalty(PenaltyKind.WARNING, null), PartyType.ORGANISATION)).isTrue();
            assertThat(limit.allows(new Penalty(PenaltyKind.CONFISCATION, new BigDecimal("50")), PartyType.INDIVIDUAL)).isFalse();
        }
    }

    @Nested
    class Officers {

        private static final String AGENCY = "220100001";
        private final Instant at = OffsetDateTime.parse("2026-11-21T10:00:00+08:00").toInstant();
        private final CredentialStanding active = new CredentialStanding("22010026000001", AGENCY, "ACTIVE", false, LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31));
        private final CredentialStanding other = new CredentialStanding("22010026000002", AGENCY, "ACTIVE", false, LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31));

        @Test
        void twoValidOfficersMayAct() {
            assertThatCode(() -> ActingOfficers.requireTwoValid(List.of(active.credentialNumber(), other.credentialNumber()),
                    List.of(active, other), AGENCY, at)).doesNotThrowAnyException();
        }

        @Test
        void oneOfficerOrTheSameOneTwiceIsNotEnough() {
            assertThat(codeOf(() -> ActingOfficers.requireTwoValid(List.of(active.credentialNumber()), List.of(active), AGENCY, at)))
                    .isEqualTo("TWO_OFFICERS_REQUIRED");
            assertThat(codeOf(() -> ActingOfficers.requireTwoValid(List.of(active.credentialNumber(), active.credentialNumber()),
                    List.of(active), AGENCY, at))).isEqualTo("TWO_OFFICERS_REQUIRED");
        }

        @Test
        void aSuspendedOrUnreviewedCredentialStopsItsHolder() {
            CredentialStanding suspended = new CredentialStanding(other.credentialNumber(), AGENCY, "SUSPENDED", false, other.validFrom(), other.validTo());
            CredentialStanding unreviewed = new CredentialStanding(other.credentialNumber(), AGENCY, "ACTIVE", true, other.validFrom(), other.validTo());
            List<String> both = List.of(active.credentialNumber(), other.credentialNumber());
            assertThat(codeOf(() -> ActingOfficers.requireTwoValid(both, List.of(active, suspended), AGENCY, at)))
                    .isEqualTo("OFFICER_CREDENTIAL_NOT_VALID");
            assertThat(codeOf(() -> ActingOfficers.requireTwoValid(both, List.of(active, unreviewed), AGENCY, at)))
                    .isEqualTo("OFFICER_CREDENTIAL_NOT_VALID");
        }

        @Test
        void validThroughTheLastDayButNotTheDayAfter() {
            CredentialStanding endsToday = new CredentialStanding(other.credentialNumber(), AGENCY, "ACTIVE", false, other.validFrom(), LocalDate.of(2026, 11, 21));
            List<String> both = List.of(active.credentialNumber(), other.credentialNumber());
            assertThatCode(() -> ActingOfficers.requireTwoValid(both, List.of(active, endsToday),
                    AGENCY, OffsetDateTime.parse("2026-11-21T23:59:59+08:00").toInstant())).doesNotThrowAnyException();
            assertThat(codeOf(() -> ActingOfficers.requireTwoValid(both, List.of(active, endsToday),
                    AGENCY, OffsetDateTime.parse("2026-11-22T00:00:00+08:00").toInstant()))).isEqualTo("OFFICER_CREDENTIAL_NOT_VALID");
        }

        /** PL 42: the officers who act are the agency's own; another agency's officer does not make up the two. */
        @Test
        void anOfficerOfAnotherAgencyDoesNotCount() {
            CredentialStanding elsewhere = new CredentialStanding(other.credentialNumber(), "220200001", "ACTIVE", false,
                    other.validFrom(), other.validTo());
            assertThat(codeOf(() -> ActingOfficers.requireTwoValid(List.of(active.credentialNumber(), other.credentialNumber()),
                    List.of(active, elsewhere), AGENCY, at))).isEqualTo("OFFICER_OF_ANOTHER_AGENCY");
        }

        @Test
        void anUnknownCredentialIsRefused() {
            assertThat(codeOf(() -> ActingOfficers.requireTwoValid(List.of(active.credentialNumber(), "99999999999999"),
                    List.of(active), AGENCY, at))).isEqualTo("OFFICER_CREDENTIAL_UNKNOWN");
        }
    }

    @Nested
    class HearingAndReview {

        private final HearingRights hearing = new HearingRights(new BigDecimal("10000"), new BigDecimal("100000"));
        private final LegalReviewRequirement review = new LegalReviewRequirement(hearing);

        @Test
        void licenceRevocationAlwaysNeedsAReview() {
            assertThat(review.reasons("LICENCE_REVOCATION", null, false, false, false, false)).containsExactly(Reason.LICENCE_REVOCATION);
        }

        @Test
        void reviewReasonsAddUp() {
            assertThat(review.reasons("FINE", new BigDecimal("20000"), false, true, false, true))
                    .containsExactlyInAnyOrder(Reason.LARGE_FINE, Reason.AFTER_HEARING, Reason.OUTSIDE_DISCRETION_RANGE);
            assertThat(review.reasons("FINE", new BigDecimal("500"), false, false, false, false)).isEmpty();
        }

        private final MajorDecisionClearance clearance = new MajorDecisionClearance(Set.of(Reason.LARGE_FINE, Reason.COMPLEX_CASE));

        @Test
        void aDecisionNeedingReviewWaitsForTheLatestRoundToBeApproved() {
            assertThat(codeOf(() -> clearance.require(Set.of(Reason.OUTSIDE_DISCRETION_RANGE), null))).isEqualTo("LEGAL_REVIEW_NOT_PASSED");
            assertThat(codeOf(() -> clearance.require(Set.of(Reason.OUTSIDE_DISCRETION_RANGE), new Round(null, false, false))))
                    .isEqualTo("LEGAL_REVIEW_NOT_PASSED");
            assertThat(codeOf(() -> clearance.require(Set.of(Reason.OUTSIDE_DISCRETION_RANGE),
                    new Round(Outcome.RETURNED_FOR_CORRECTION, false, false)))).isEqualTo("LEGAL_REVIEW_NOT_PASSED");
            assertThatCode(() -> clearance.require(Set.of(Reason.OUTSIDE_DISCRETION_RANGE), new Round(Outcome.APPROVED, false, false)))
                    .doesNotThrowAnyException();
            assertThatCode(() -> clearance.require(Set.of(), null)).doesNotThrowAnyException();
        }

        @Test
        void aMajorViolationAlsoWaitsForTheHeadsCollectiveDiscussion() {
            assertThat(codeOf(() -> clearance.require(Set.of(Reason.LARGE_FINE), new Round(Outcome.APPROVED, false, false))))
                    .isEqualTo("COLLECTIVE_DISCUSSION_REQUIRED");
            assertThatCode(() -> clearance.require(Set.of(Reason.LARGE_FINE), new Round(Outcome.APPROVED, true, false)))
                    .doesNotThrowAnyException();
            assertThat(clearance.needsCollectiveDiscussion(Set.of(Reason.AFTER_HEARING))).isFalse();
            assertThat(clearance.needsCollectiveDiscussion(Set.of(Reason.AFTER_HEARING, Reason.COMPLEX_CASE))).isTrue();
        }

        @Test
        void onlyTheHeadsCanSettleADisputedReview() {
            assertThat(codeOf(() -> clearance.require(Set.of(Reason.LARGE_FINE), new Round(Outcome.REJECTED, true, false))))
                    .isEqualTo("LEGAL_REVIEW_NOT_PASSED");
            assertThat(codeOf(() -> clearance.require(Set.of(Reason.LARGE_FINE), new Round(Outcome.REJECTED, false, true))))
                    .isEqualTo("LEGAL_REVIEW_NOT_PASSED");
            assertThatCode(() -> clearance.require(Set.of(Reason.LARGE_FINE), new Round(Outcome.REJECTED, true, true)))
                    .doesNotThrowAnyException();
        }
    }

    /** PL 56, 85: preserved evidence is handled within 7 working days, counted around the National Day holidays. */
    @Nested
    class EvidencePreservationPeriod {

        private final WorkingCalendar calendar = WorkingCalendar.of(Stream.concat(
                IntStream.rangeClosed(1, 7).mapToObj(d -> new SpecialDay(LocalDate.of(2026, 10, d), DayKind.HOLIDAY, "国庆节")),
                Stream.of(new SpecialDay(LocalDate.of(2026, 10, 10), DayKind.MAKE_UP_WORKING_DAY, "国庆节调休"))).toList());
        private final LocalDate lastDay = calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 7).lastDay();

        @Test
        void approvedBeforeTheHolidaysTheSeventhWorkingDayIsTheFifteenthOfOctober() {
            assertThat(lastDay).isEqualTo(LocalDate.of(2026, 10, 15));
        }

        @Test
        void anyHandlingOnWorkingDaySevenOnlyTheReleaseOnWorkingDayEight() {
            assertThatCode(() -> PreservationPeriod.requireHandlingAllowed(PreservationHandling.SEIZURE, lastDay, lastDay))
                    .doesNotThrowAnyException();
            assertThat(PreservationPeriod.lapsed(lastDay, lastDay.plusDays(1))).isTrue();
            assertThat(codeOf(() -> PreservationPeriod.requireHandlingAllowed(PreservationHandling.SEIZURE, lastDay, lastDay.plusDays(1))))
                    .isEqualTo("EVIDENCE_PRESERVATION_LAPSED");
            assertThatCode(() -> PreservationPeriod.requireHandlingAllowed(PreservationHandling.RELEASE, lastDay, lastDay.plusDays(1)))
                    .doesNotThrowAnyException();
        }
    }

    @Nested
    class Defence {

        private final LocalDate lastDay = LocalDate.of(2026, 11, 26);

        @Test
        void theDecisionWaitsUntilTheDayAfterTheLastDayOfThePeriod() {
            assertThat(codeOf(() -> DefenceRights.requirePeriodOver(CaseProblem.STATEMENT_PERIOD_OPEN, "陈述申辩", lastDay, false, lastDay, "PL 44")))
                    .isEqualTo("STATEMENT_PERIOD_OPEN");
            assertThatCode(() -> DefenceRights.requirePeriodOver(CaseProblem.STATEMENT_PERIOD_OPEN, "陈述申辩", lastDay, false,
                    lastDay.plusDays(1), "PL 44")).doesNotThrowAnyException();
        }

        @Test
        void aWrittenWaiverEndsThePeriodAtOnce() {
            assertThatCode(() -> DefenceRights.requirePeriodOver(CaseProblem.STATEMENT_PERIOD_OPEN, "陈述申辩", lastDay, true,
                    lastDay.minusDays(2), "PL 44")).doesNotThrowAnyException();
        }

        @Test
        void aRequestedHearingIsHeldFirst() {
            assertThat(codeOf(() -> DefenceRights.requireHearingSettled(true, false))).isEqualTo("HEARING_NOT_HELD");
            assertThatCode(() -> DefenceRights.requireHearingSettled(true, true)).doesNotThrowAnyException();
        }

        @Test
        void aHearingIsNotifiedSevenDaysAheadNotSix() {
            LocalDate notified = LocalDate.of(2026, 12, 1);
            assertThatCode(() -> DefenceRights.requireHearingNotifiedInTime(notified, LocalDate.of(2026, 12, 8), 7)).doesNotThrowAnyException();
            assertThat(codeOf(() -> DefenceRights.requireHearingNotifiedInTime(notified, LocalDate.of(2026, 12, 7), 7)))
                    .isEqualTo("HEARING_NOTICE_TOO_SHORT");
        }

        @Test
        void theDecisionIsNeverHeavierThanTheNotice() {
            assertThatCode(() -> DefenceRights.requireNotHeavier(fine("5000"), fine("5000"))).doesNotThrowAnyException();
            assertThat(codeOf(() -> DefenceRights.requireNotHeavier(fine("5000.01"), fine("5000"))))
                    .isEqualTo("PENALTY_HEAVIER_THAN_NOTIFIED");
            assertThat(codeOf(() -> DefenceRights.requireNotHeavier(new Penalty(PenaltyKind.LICENCE_SUSPENSION, null), fine("5000"))))
                    .isEqualTo("PENALTY_HEAVIER_THAN_NOTIFIED");
            assertThatCode(() -> DefenceRights.requireNotHeavier(new Penalty(PenaltyKind.WARNING, null), fine("5000")))
                    .doesNotThrowAnyException();
        }
    }

    @Nested
    class LateFees {

        private final LateFee lateFee = new LateFee(new BigDecimal("0.03"));
        private final LocalDate due = LocalDate.of(2026, 12, 6);

        @Test
        void nothingOnTheDueDateAndThreePercentADayAfter() {
            assertThat(lateFee.on(new BigDecimal("1000"), due, due, 0)).isEqualByComparingTo("0");
            assertThat(lateFee.on(new BigDecimal("1000"), due, due.plusDays(1), 0)).isEqualByComparingTo("30");
            assertThat(lateFee.on(new BigDecimal("1000"), due, due.plusDays(10), 0)).isEqualByComparingTo("300");
        }

        @Test
        void neverMoreThanTheFine() {
            assertThat(lateFee.on(new BigDecimal("1000"), due, due.plusDays(33), 0)).isEqualByComparingTo("990");
            assertThat(lateFee.on(new BigDecimal("1000"), due, due.plusDays(34), 0)).isEqualByComparingTo("1000");
            assertThat(lateFee.on(new BigDecimal("1000"), due, due.plusDays(400), 0)).isEqualByComparingTo("1000");
        }

        @Test
        void daysOfPendingRemediesDoNotCount() {
            assertThat(lateFee.on(new BigDecimal("1000"), due, due.plusDays(10), 8)).isEqualByComparingTo("60");
        }
    }

    @Nested
    class RemedyPauses {

        private final LocalDate due = LocalDate.of(2026, 12, 6);
        private final LocalDate paid = due.plusDays(20);

        private RemedyPause.Pending pending(int filedAfterDue, Integer concludedAfterDue) {
            return new RemedyPause.Pending(due.plusDays(filedAfterDue), concludedAfterDue == null ? null : due.plusDays(concludedAfterDue));
        }

        @Test
        void aRemedyConcludedByTheDueDatePausesNothing() {
            assertThat(RemedyPause.daysPending(List.of(pending(-30, 0)), due, paid)).isZero();
            assertThat(RemedyPause.daysPending(List.of(pending(-30, 1)), due, paid)).isEqualTo(1);
        }

        @Test
        void theDaysOfFilingAndOfConclusionBothCount() {
            assertThat(RemedyPause.daysPending(List.of(pending(5, 5)), due, paid)).isEqualTo(1);
            assertThat(RemedyPause.daysPending(List.of(pending(5, 14)), due, paid)).isEqualTo(10);
        }

        @Test
        void aRemedyStillPendingPausesEveryDayUpToThePayment() {
            assertThat(RemedyPause.daysPending(List.of(pending(15, null)), due, paid)).isEqualTo(6);
            assertThat(RemedyPause.daysPending(List.of(pending(20, null)), due, paid)).isEqualTo(1);
            assertThat(RemedyPause.daysPending(List.of(pending(21, null)), due, paid)).isZero();
        }

        @Test
        void aLawsuitAfterReconsiderationCountsOverlappingDaysOnce() {
            assertThat(RemedyPause.daysPending(List.of(pending(2, 10), pending(8, 12)), due, paid)).isEqualTo(11);
            assertThat(RemedyPause.daysPending(List.of(), due, paid)).isZero();
        }
    }

    @Nested
    class Exemption {

        @Test
        void aFirstMinorPromptlyCorrectedViolationOnTheListIsNotPenalised() {
            assertThatCode(() -> PenaltyExemption.requireExempt(true, false, true, true, false, "承诺书-2026-001"))
                    .doesNotThrowAnyException();
        }

        @Test
        void neverForWorkSafetyEvenIfListed() {
            assertThat(codeOf(() -> PenaltyExemption.requireExempt(true, true, true, true, false, "承诺书")))
                    .isEqualTo("EXEMPTION_NOT_FOR_WORK_SAFETY");
        }

        @Test
        void theConditionsAndTheCommitmentLetterAreRequired() {
            assertThat(codeOf(() -> PenaltyExemption.requireExempt(false, false, true, true, false, "承诺书")))
                    .isEqualTo("ITEM_NOT_ON_EXEMPTION_LIST");
            assertThat(codeOf(() -> PenaltyExemption.requireExempt(true, false, true, false, false, "承诺书")))
                    .isEqualTo("EXEMPTION_CONDITIONS_NOT_MET");
            assertThat(codeOf(() -> PenaltyExemption.requireExempt(true, false, true, true, true, "承诺书")))
                    .isEqualTo("EXEMPTION_CONDITIONS_NOT_MET");
            assertThat(codeOf(() -> PenaltyExemption.requireExempt(true, false, true, true, false, " ")))
                    .isEqualTo("COMMITMENT_LETTER_REQUIRED");
        }
    }

    @Nested
    class DecisionPeriod {

        private final LocalDate filed = LocalDate.of(2026, 9, 1);

        @Test
        void ninetyDaysFromFilingAndThirtyMorePerExtension() {
            assertThat(DecisionTimeLimit.lastDay(filed, 90, 0, 30)).isEqualTo(LocalDate.of(2026, 11, 30));
            assertThat(DecisionTimeLimit.lastDay(filed, 90, 1, 30)).isEqualTo(LocalDate.of(2026, 12, 30));
        }

        @Test
        void aDecisionOnDayNinetyIsInTimeAndOnDayNinetyOneIsNot() {
            LocalDate lastDay = DecisionTimeLimit.lastDay(filed, 90, 0, 30);
            assertThatCode(() -> DecisionTimeLimit.requireWithin(lastDay, lastDay)).doesNotThrowAnyException();
            assertThat(codeOf(() -> DecisionTimeLimit.requireWithin(lastDay.plusDays(1), lastDay))).isEqualTo("DECISION_TIME_LIMIT_PASSED");
        }
    }

    @Nested
    class CollectionOnTheSpot {

        private final OnTheSpotCollection collection = new OnTheSpotCollection(new BigDecimal("100"));
        private final LocalDate decided = LocalDate.of(2026, 12, 3);

        @Test
        void aSummaryFineOfOneHundredYuanButNotOneHundredAndOneCent() {
            assertThatCode(() -> collection.require(Procedure.SUMMARY, PenaltyKind.FINE, new BigDecimal("100"), decided, decided))
                    .doesNotThrowAnyException();
            assertThat(codeOf(() -> collection.require(Procedure.SUMMARY, PenaltyKind.FINE, new BigDecimal("100.01"), decided, decided)))
                    .isEqualTo("ON_THE_SPOT_COLLECTION_NOT_ALLOWED");
        }

        @Test
        void onlyOnTheDayOfTheSummaryDecision() {
            assertThat(codeOf(() -> collection.require(Procedure.SUMMARY, PenaltyKind.FINE, new BigDecimal("50"), decided,
                    decided.plusDays(1)))).isEqualTo("ON_THE_SPOT_COLLECTION_NOT_ALLOWED");
            assertThat(codeOf(() -> collection.require(Procedure.GENERAL, PenaltyKind.FINE, new BigDecimal("50"), decided, decided)))
                    .isEqualTo("ON_THE_SPOT_COLLECTION_NOT_ALLOWED");
        }
    }
}

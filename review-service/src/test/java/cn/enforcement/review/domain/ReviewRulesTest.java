package cn.enforcement.review.domain;

import static cn.enforcement.platform.testing.Refused.codeOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import cn.enforcement.platform.calendar.DeadlineFlag;
import cn.enforcement.platform.calendar.WorkingCalendar;
import cn.enforcement.platform.calendar.WorkingCalendar.DayKind;
import cn.enforcement.platform.calendar.WorkingCalendar.SpecialDay;
import cn.enforcement.platform.events.cases.ReviewFile;
import cn.enforcement.platform.events.review.LegalReviewCompleted.Outcome;
import cn.enforcement.review.readmodel.KnownOfficer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each rule of legal review at its edges. */
class ReviewRulesTest {

    @Nested
    class Reviewer {

        private final ReviewerEligibility eligibility = new ReviewerEligibility(List.of("220102001:220100001"));
        private final LocalDate today = LocalDate.of(2026, 12, 3);

        private KnownOfficer reviewer(String agency, LocalDate qualifiedOn, LocalDate firstEngagedOn) {
            KnownOfficer officer = new KnownOfficer();
            officer.officerId = "reviewer-1";
            officer.agencyCode = agency;
            officer.onPost = true;
            officer.qualified = qualifiedOn != null;
            officer.qualificationObtainedOn = qualifiedOn;
            officer.firstEngagedOn = firstEngagedOn;
            return officer;
        }

        @Test
        void mustHoldTheQualificationOnTheDayOfTheFirstReview() {
            LocalDate firstReview = LocalDate.of(2022, 3, 1);
            assertThatCode(() -> eligibility.require(reviewer("220100001", firstReview, firstReview), "220100001", List.of(), today))
                    .doesNotThrowAnyException();
            assertThat(codeOf(() -> eligibility.require(reviewer("220100001", firstReview.plusDays(1), firstReview), "220100001",
                    List.of(), today))).isEqualTo("REVIEWER_NOT_QUALIFIED");
            assertThat(codeOf(() -> eligibility.require(reviewer("220100001", null, null), "220100001", List.of(), today)))
                    .isEqualTo("REVIEWER_NOT_QUALIFIED");
        }

        @Test
        void aFirstTimeReviewerIsJudgedOnToday() {
            assertThatCode(() -> eligibility.require(reviewer("220100001", today, null), "220100001", List.of(), today))
                    .doesNotThrowAnyException();
            assertThat(codeOf(() -> eligibility.require(reviewer("220100001", today.plusDays(1), null), "220100001", List.of(), today)))
                    .isEqualTo("REVIEWER_NOT_QUALIFIED");
        }

        @Test
        void neverOneOfTheHandlingOfficers() {
            KnownOfficer officer = reviewer("220100001", LocalDate.of(2020, 1, 1), null);
            assertThat(codeOf(() -> eligibility.require(officer, "220100001", List.of("other", "reviewer-1"), today)))
                    .isEqualTo("REVIEWER_IS_HANDLING_OFFICER");
            assertThatCode(() -> eligibility.require(officer, "220100001", List.of("other"), today)).doesNotThrowAnyException();
        }

        @Test
        void ofTheCasesAgencyOrABodyConfiguredToReviewForIt() {
            KnownOfficer cityReviewer = reviewer("220100001", LocalDate.of(2020, 1, 1), null);
            assertThatCode(() -> eligibility.require(cityReviewer, "220102001", List.of(), today)).doesNotThrowAnyException();
            assertThat(codeOf(() -> eligibility.require(cityReviewer, "220200001", List.of(), today)))
                    .isEqualTo("REVIEWER_OF_ANOTHER_AGENCY");
        }

        @Test
        void unknownOrGoneReviewersAreRefused() {
            assertThat(codeOf(() -> eligibility.require(null, "220100001", List.of(), today))).isEqualTo("REVIEWER_UNKNOWN");
            KnownOfficer gone = reviewer("220100001", LocalDate.of(2020, 1, 1), null);
            gone.onPost = false;
            assertThat(codeOf(() -> eligibility.require(gone, "220100001", List.of(), today))).isEqualTo("REVIEWER_UNKNOWN");
        }
    }

    @Nested
    class Discussion {

        @Test
        void aDiscussionCountsFromTheQuorumOn() {
            DiscussionQuorum quorum = new DiscussionQuorum(3);
            assertThat(codeOf(() -> quorum.require(2))).isEqualTo("QUORUM_NOT_MET");
            assertThatCode(() -> quorum.require(3)).doesNotThrowAnyException();
        }

        @Test
        void theHeadsDiscussAnApprovalTheLawSendsThemOrADisputedReview() {
            assertThatCode(() -> CollectiveDiscussionOccasion.requireDue(Outcome.APPROVED, true, false)).doesNotThrowAnyException();
            assertThat(codeOf(() -> CollectiveDiscussionOccasion.requireDue(Outcome.APPROVED, false, false))).isEqualTo("DISCUSSION_NOT_DUE");
            assertThat(codeOf(() -> CollectiveDiscussionOccasion.requireDue(Outcome.REJECTED, true, false))).isEqualTo("DISCUSSION_NOT_DUE");
            assertThatCode(() -> CollectiveDiscussionOccasion.requireDue(Outcome.REJECTED, false, true)).doesNotThrowAnyException();
        }

        @Test
        void heldFromTheDayTheReviewConcludedUntilToday() {
            LocalDate concluded = LocalDate.of(2026, 12, 1);
            LocalDate today = LocalDate.of(2026, 12, 3);
            assertThatCode(() -> CollectiveDiscussionOccasion.requireHeldBetween(concluded, concluded, today)).doesNotThrowAnyException();
            assertThatCode(() -> CollectiveDiscussionOccasion.requireHeldBetween(today, concluded, today)).doesNotThrowAnyException();
            assertThat(codeOf(() -> CollectiveDiscussionOccasion.requireHeldBetween(concluded.minusDays(1), concluded, today)))
                    .isEqualTo("DISCUSSION_DATE_OUTSIDE_PROCEDURE");
            assertThat(codeOf(() -> CollectiveDiscussionOccasion.requireHeldBetween(today.plusDays(1), concluded, today)))
                    .isEqualTo("DISCUSSION_DATE_OUTSIDE_PROCEDURE");
        }
    }

    @Nested
    class Deadline {

        /** National Day 2026: 1 to 7 October off, Saturday 10 October worked. */
        private final WorkingCalendar calendar;

        Deadline() {
            Map<LocalDate, SpecialDay> days = new HashMap<>();
            for (int d = 1; d <= 7; d++) {
                days.put(LocalDate.of(2026, 10, d), new SpecialDay(LocalDate.of(2026, 10, d), DayKind.HOLIDAY, "国庆节"));
            }
            days.put(LocalDate.of(2026, 10, 10), new SpecialDay(LocalDate.of(2026, 10, 10), DayKind.MAKE_UP_WORKING_DAY, "国庆节调休"));
            calendar = new WorkingCalendar(days);
        }

        @Test
        void fiveWorkingDaysFromReceiptSkipTheHolidayAndCountTheMakeUpDay() {
            ReviewDeadline five = new ReviewDeadline(5, 1);
            // received Wednesday 30 September: 8, 9, 10 (make-up Saturday), 12, 13 October
            assertThat(five.dueFor(LocalDate.of(2026, 9, 30), calendar).lastDay()).isEqualTo(LocalDate.of(2026, 10, 13));
            assertThat(new ReviewDeadline(6, 1).dueFor(LocalDate.of(2026, 9, 30), calendar).lastDay())
                    .isEqualTo(LocalDate.of(2026, 10, 14));
        }

        @Test
        void yellowWithinTheWarningDaysRedOncePassed() {
            ReviewDeadline deadline = new ReviewDeadline(5, 1);
            LocalDate due = LocalDate.of(2026, 10, 13);
            assertThat(deadline.flag(due, due.minusDays(2))).isEqualTo(DeadlineFlag.GREEN);
            assertThat(deadline.flag(due, due.minusDays(1))).isEqualTo(DeadlineFlag.YELLOW);
            assertThat(deadline.flag(due, due)).isEqualTo(DeadlineFlag.YELLOW);
            assertThat(deadline.flag(due, due.plusDays(1))).isEqualTo(DeadlineFlag.RED);
        }
    }

    @Nested
    class Checklist {

        private List<ChecklistAnswer> allPassed() {
            return new ArrayList<>(Arrays.stream(ChecklistPoint.values()).map(p -> new ChecklistAnswer(p, true, null)).toList());
        }

        @Test
        void approvalAnswersAllTenPointsPassed() {
            assertThatCode(() -> ReviewChecklist.require(allPassed(), Outcome.APPROVED)).doesNotThrowAnyException();
            List<ChecklistAnswer> nine = allPassed();
            nine.remove(9);
            assertThat(codeOf(() -> ReviewChecklist.require(nine, Outcome.APPROVED))).isEqualTo("CHECKLIST_INCOMPLETE");
            List<ChecklistAnswer> twice = allPassed();
            twice.add(new ChecklistAnswer(ChecklistPoint.FACTS_CLEAR, true, null));
            assertThat(codeOf(() -> ReviewChecklist.require(twice, Outcome.APPROVED))).isEqualTo("CHECKLIST_INCOMPLETE");
        }

        @Test
        void aFailedPointSaysWhyAndForbidsApproval() {
            List<ChecklistAnswer> failed = allPassed();
            failed.set(3, new ChecklistAnswer(ChecklistPoint.EVIDENCE_SUFFICIENT, false, " "));
            assertThat(codeOf(() -> ReviewChecklist.require(failed, Outcome.RETURNED_FOR_CORRECTION)))
                    .isEqualTo("CHECKLIST_FAILED_POINT_NEEDS_REASON");
            failed.set(3, new ChecklistAnswer(ChecklistPoint.EVIDENCE_SUFFICIENT, false, "缺少称重检测单"));
            assertThatCode(() -> ReviewChecklist.require(failed, Outcome.RETURNED_FOR_CORRECTION)).doesNotThrowAnyException();
            assertThat(codeOf(() -> ReviewChecklist.require(failed, Outcome.APPROVED))).isEqualTo("APPROVAL_WITH_FAILED_POINT");
        }

        @Test
        void aReturnSaysWhatToSupplement() {
            assertThat(codeOf(() -> ReviewChecklist.requireSupplementNamed(Outcome.RETURNED_FOR_CORRECTION, " ")))
                    .isEqualTo("SUPPLEMENT_NOT_NAMED");
            assertThatCode(() -> ReviewChecklist.requireSupplementNamed(Outcome.RETURNED_FOR_CORRECTION, "补充称重检测单"))
                    .doesNotThrowAnyException();
            assertThatCode(() -> ReviewChecklist.requireSupplementNamed(Outcome.REJECTED, null)).doesNotThrowAnyException();
        }

        @Test
        void returningOrRejectingNamesAFailedPoint() {
            assertThat(codeOf(() -> ReviewChecklist.require(allPassed(), Outcome.REJECTED))).isEqualTo("OUTCOME_WITHOUT_FAILED_POINT");
        }
    }

    @Nested
    class Changes {

        private ReviewFile file(List<ReviewFile.Evidence> evidence, String amount, List<ReviewFile.TimelineEntry> timeline) {
            return new ReviewFile(new ReviewFile.Party("INDIVIDUAL", "刘某", "2201**********1234"), LocalDate.of(2026, 11, 1), "G1",
                    "超限运输", List.of(), new ReviewFile.ProposedPenalty("FINE", new BigDecimal(amount)),
                    new ReviewFile.Discretion("SERIOUS", false, null), null, List.of(), evidence, timeline);
        }

        @Test
        void theNextRoundShowsTheEvidenceAddedAndThePenaltyChanged() {
            ReviewFile.Evidence photo = new ReviewFile.Evidence("e1", "PHOTO", "ON_SITE_INSPECTION", "a".repeat(64), Instant.EPOCH);
            ReviewFile.Evidence weighing = new ReviewFile.Evidence("e2", "DOCUMENT", "INVESTIGATION", "b".repeat(64), Instant.EPOCH);
            ReviewFile.TimelineEntry filed = new ReviewFile.TimelineEntry(Instant.EPOCH, "FILED", "cc-officer-1", "");
            ReviewFile.TimelineEntry returned = new ReviewFile.TimelineEntry(Instant.EPOCH, "LEGAL_REVIEW_RETURNED_FOR_CORRECTION",
                    "review-service", "");
            List<String> changes = ReviewChanges.between(file(List.of(photo), "20000", List.of(filed)),
                    file(List.of(photo, weighing), "15000", List.of(filed, returned)));
            assertThat(changes).containsExactly("evidence added: DOCUMENT (INVESTIGATION) sha256 " + "b".repeat(64),
                    "proposed penalty: FINE 20000 → FINE 15000", "act: LEGAL_REVIEW_RETURNED_FOR_CORRECTION at " + Instant.EPOCH);
            assertThat(ReviewChanges.between(null, file(List.of(photo), "20000", List.of(filed)))).isEmpty();
        }
    }
}

package cn.enforcement.review.domain.filecheck;

import static cn.enforcement.review.domain.filecheck.CaseStory.CASE;
import static cn.enforcement.review.domain.filecheck.CaseStory.DAY_0;
import static cn.enforcement.review.domain.filecheck.CaseStory.OFFICER_A;
import static cn.enforcement.review.domain.filecheck.CaseStory.OFFICER_B;
import static cn.enforcement.review.domain.filecheck.CaseStory.at;
import static cn.enforcement.review.domain.filecheck.CaseStory.decided;
import static cn.enforcement.review.domain.filecheck.CaseStory.evidence;
import static cn.enforcement.review.domain.filecheck.CaseStory.filed;
import static cn.enforcement.review.domain.filecheck.CaseStory.lawfulFine;
import static cn.enforcement.review.domain.filecheck.CaseStory.notice;
import static org.assertj.core.api.Assertions.assertThat;

import cn.enforcement.platform.events.cases.CaseDeadlineMissed;
import cn.enforcement.platform.events.cases.CaseDecided;
import cn.enforcement.platform.events.cases.CaseFilingApproved;
import cn.enforcement.platform.events.cases.CaseOfficersAssigned;
import cn.enforcement.platform.events.cases.CaseTransferred;
import cn.enforcement.platform.events.cases.CriminalThresholdCrossed;
import cn.enforcement.platform.events.cases.DecisionPeriodExtended;
import cn.enforcement.platform.events.cases.DecisionRevoked;
import cn.enforcement.platform.events.cases.DecisionServed;
import cn.enforcement.platform.events.cases.FineCollectedOnTheSpot;
import cn.enforcement.platform.events.cases.FinePaid;
import cn.enforcement.platform.events.cases.HearingHeld;
import cn.enforcement.platform.events.cases.HearingRequested;
import cn.enforcement.platform.events.cases.LegalReviewRequested;
import cn.enforcement.platform.events.cases.NoticeIssued;
import cn.enforcement.platform.events.cases.TransferAnswered;
import cn.enforcement.platform.events.cases.TransferDecided;
import cn.enforcement.platform.events.disclosure.DisclosureOverdue;
import cn.enforcement.platform.events.disclosure.DisclosurePublished;
import cn.enforcement.platform.events.evidence.EvidenceRecorded;
import cn.enforcement.platform.events.evidence.RecordingMissing;
import cn.enforcement.platform.events.review.CollectiveDiscussionConcluded;
import cn.enforcement.platform.events.review.LegalReviewCompleted;
import cn.enforcement.platform.law.HearingRights;
import cn.enforcement.platform.law.LegalReviewRequirement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FileChecksTest {

    static final HearingRights HEARING = new HearingRights(new BigDecimal("10000"), new BigDecimal("100000"));
    static final BigDecimal LARGE = new BigDecimal("10000");
    static final BigDecimal JUST_BELOW_LARGE = new BigDecimal("9999.99");

    private static List<FindingGrade> grades(List<Finding> findings) {
        return findings.stream().map(Finding::grade).toList();
    }

    @Test
    void a_lawful_file_has_no_findings_and_every_check_names_itself_in_the_version() {
        FileChecks checks = new FileChecks(HEARING, 90, 7);
        assertThat(checks.check(lawfulFine().history())).isEmpty();
        assertThat(checks.all()).hasSize(11);
        checks.all().forEach(check -> assertThat(checks.version()).contains(check.name() + ":" + check.version()));
    }

    @Test
    void a_finding_cites_the_events_it_rests_on() {
        CaseStory story = lawfulFine().instead(new DecisionServed(CASE, "DIRECT", null, at(18, 9)));
        Finding finding = story.checkedBy(new ServiceWithinSevenDays(7)).get(0);
        assertThat(finding.check()).isEqualTo("SERVICE_WITHIN_7_DAYS");
        assertThat(finding.basis()).isEqualTo("PL 61");
        assertThat(finding.evidence()).extracting(Finding.Cited::event).containsExactly("CaseDecided", "DecisionServed");
        assertThat(finding.evidence()).allSatisfy(cited -> assertThat(cited.eventId()).isNotBlank());
    }

    @Nested
    class TwoQualifiedOfficersAtEveryAct {

        final FileCheck check = new TwoQualifiedOfficers();

        @Test
        void one_officer_at_filing_is_a_defect() {
            assertThat(grades(lawfulFine().instead(filed(List.of(OFFICER_A))).checkedBy(check))).containsExactly(FindingGrade.DEFECT);
        }

        @Test
        void the_same_officer_twice_is_one_officer() {
            assertThat(grades(lawfulFine().instead(filed(List.of(OFFICER_A, OFFICER_A))).checkedBy(check)))
                    .containsExactly(FindingGrade.DEFECT);
        }

        @Test
        void a_credential_valid_until_the_day_of_filing_holds_and_one_expired_the_day_before_does_not() {
            assertThat(lawfulFine().credential(new RegisteredCredential(OFFICER_B, "officer-b", null, DAY_0)).checkedBy(check)).isEmpty();
            assertThat(grades(lawfulFine().credential(new RegisteredCredential(OFFICER_B, "officer-b", null, DAY_0.minusDays(1)))
                    .checkedBy(check))).containsExactly(FindingGrade.DEFECT);
        }

        @Test
        void a_credential_not_in_the_register_is_an_irregularity() {
            assertThat(grades(lawfulFine().instead(filed(List.of(OFFICER_A, "99999999"))).checkedBy(check)))
                    .containsExactly(FindingGrade.IRREGULARITY);
        }

        @Test
        void a_change_to_one_officer_is_a_defect() {
            assertThat(grades(lawfulFine().with(new CaseOfficersAssigned(CASE, List.of(OFFICER_B), at(3, 9))).checkedBy(check)))
                    .containsExactly(FindingGrade.DEFECT);
        }

        @Test
        void a_hearing_chaired_by_a_handling_officer_is_a_defect_and_by_another_is_not() {
            assertThat(grades(lawfulFine().with(new HearingHeld(CASE, false, OFFICER_A, at(8, 9))).checkedBy(check)))
                    .containsExactly(FindingGrade.DEFECT);
            assertThat(lawfulFine().with(new HearingHeld(CASE, false, "22010009", at(8, 9))).checkedBy(check)).isEmpty();
        }
    }

    @Nested
    class EvidenceBeforeTheNotice {

        final FileCheck check = new EvidenceBeforeNotice();

        @Test
        void evidence_a_second_before_the_notice_holds_and_at_the_same_instant_does_not() {
            CaseStory justBefore = lawfulFine().without(EvidenceRecorded.class).with(evidence(at(1, 10).minusSeconds(1)));
            assertThat(justBefore.checkedBy(check)).isEmpty();
            CaseStory sameInstant = lawfulFine().without(EvidenceRecorded.class).with(evidence(at(1, 10)));
            assertThat(grades(sameInstant.checkedBy(check))).containsExactly(FindingGrade.DEFECT);
        }

        @Test
        void a_notice_given_offline_counts_when_it_was_recorded_after_the_evidence() {
            CaseStory offline = lawfulFine().without(EvidenceRecorded.class).without(NoticeIssued.class)
                    .withRecorded(at(1, 10), at(3, 9), notice(new BigDecimal("5000"), false, 5, 0)).with(evidence(at(2, 9)));
            assertThat(offline.checkedBy(check)).isEmpty();
            CaseStory recordedFirst = lawfulFine().without(EvidenceRecorded.class).without(NoticeIssued.class)
                    .withRecorded(at(1, 10), at(1, 10), notice(new BigDecimal("5000"), false, 5, 0)).with(evidence(at(2, 9)));
            assertThat(grades(recordedFirst.checkedBy(check))).containsExactly(FindingGrade.DEFECT);
        }

        @Test
        void no_evidence_at_all_is_a_defect_at_the_notice_and_at_the_decision() {
            assertThat(grades(lawfulFine().without(EvidenceRecorded.class).checkedBy(check)))
                    .containsExactly(FindingGrade.DEFECT, FindingGrade.DEFECT);
        }
    }

    @Nested
    class NoticeAndStatementPeriod {

        final FileCheck check = new DefencePeriodsRespected();

        @Test
        void deciding_on_the_last_day_of_the_statement_period_is_a_defect_and_the_day_after_is_not() {
            assertThat(grades(lawfulFine().instead(notice(new BigDecimal("5000"), false, 9, 0)).checkedBy(check)))
                    .containsExactly(FindingGrade.DEFECT);
            assertThat(lawfulFine().instead(notice(new BigDecimal("5000"), false, 8, 0)).checkedBy(check)).isEmpty();
        }

        @Test
        void a_waived_statement_lets_the_decision_come_early() {
            CaseStory waived = lawfulFine().instead(decided("FINE", new BigDecimal("5000"), 3, true, false));
            assertThat(waived.checkedBy(check)).isEmpty();
        }

        @Test
        void a_decision_without_a_notice_is_a_defect() {
            assertThat(grades(lawfulFine().without(NoticeIssued.class).checkedBy(check)))
                    .containsExactly(FindingGrade.DEFECT);
        }

        @Test
        void a_heavier_fine_than_notified_is_a_defect() {
            assertThat(grades(lawfulFine().instead(decided(new BigDecimal("5000.01"), 10)).checkedBy(check)))
                    .containsExactly(FindingGrade.DEFECT);
            assertThat(lawfulFine().instead(decided(new BigDecimal("4000"), 10)).checkedBy(check)).isEmpty();
        }
    }

    @Nested
    class HearingRightsWhereDue {

        final FileCheck check = new HearingRightsOffered(HEARING);

        @Test
        void a_large_fine_notified_without_the_hearing_right_is_a_defect_and_just_below_is_not() {
            assertThat(grades(lawfulFine(LARGE).checkedBy(check))).containsExactly(FindingGrade.DEFECT);
            assertThat(lawfulFine(JUST_BELOW_LARGE).checkedBy(check)).isEmpty();
        }

        @Test
        void a_requested_hearing_not_held_before_the_decision_is_a_defect() {
            CaseStory requested = lawfulFine(LARGE).instead(notice(LARGE, true, 5, 5)).with(new HearingRequested(CASE, at(3, 9)));
            assertThat(grades(requested.checkedBy(check))).containsExactly(FindingGrade.DEFECT);
            assertThat(requested.with(new HearingHeld(CASE, false, "22010009", at(8, 9))).checkedBy(check)).isEmpty();
        }

        @Test
        void deciding_on_the_last_day_to_ask_for_a_hearing_is_a_defect_unless_the_party_waived_it() {
            CaseStory onLastDay = lawfulFine(LARGE).instead(notice(LARGE, true, 5, 9));
            assertThat(grades(onLastDay.checkedBy(check))).containsExactly(FindingGrade.DEFECT);
            assertThat(lawfulFine(LARGE).instead(notice(LARGE, true, 5, 8)).checkedBy(check)).isEmpty();
            assertThat(onLastDay.instead(decided("FINE", LARGE, 10, false, true)).checkedBy(check)).isEmpty();
        }
    }

    @Nested
    class LegalReviewBeforeAMajorDecision {

        final FileCheck check = new ReviewBeforeMajorDecision(new LegalReviewRequirement(HEARING));

        LegalReviewRequested request(boolean discussion) {
            return new LegalReviewRequested(CASE, "request-1", 1, List.of("LARGE_FINE"), discussion, List.of(OFFICER_A, OFFICER_B), null,
                    at(7, 9));
        }

        LegalReviewCompleted approval(int day) {
            return new LegalReviewCompleted("review-1", "request-1", CASE.caseId(), CASE.agencyCode(), CASE.regionCode(),
                    LegalReviewCompleted.Outcome.APPROVED, "reviewer", "同意", null, at(day, 9));
        }

        CollectiveDiscussionConcluded discussion(int day, boolean onDispute) {
            return new CollectiveDiscussionConcluded("discussion-1", "review-1", "request-1", CASE.caseId(), CASE.agencyCode(),
                    CASE.regionCode(), DAY_0.plusDays(day), List.of(), true, onDispute, "同意处罚", at(day, 9));
        }

        @Test
        void a_large_fine_without_review_is_a_defect_and_just_below_needs_none() {
            assertThat(grades(lawfulFine(LARGE).checkedBy(check))).containsExactly(FindingGrade.DEFECT);
            assertThat(lawfulFine(JUST_BELOW_LARGE).checkedBy(check)).isEmpty();
        }

        @Test
        void an_approval_before_the_decision_holds_and_one_after_it_does_not() {
            CaseStory reviewed = lawfulFine(LARGE).with(request(false));
            CaseStory approvedBefore = lawfulFine(LARGE).with(request(false)).withAt(at(8, 9), approval(8));
            assertThat(approvedBefore.checkedBy(check)).isEmpty();
            assertThat(grades(reviewed.withAt(at(12, 9), approval(12)).checkedBy(check))).containsExactly(FindingGrade.DEFECT);
        }

        @Test
        void a_discussion_due_and_not_held_is_a_defect() {
            CaseStory undiscussed = lawfulFine(LARGE).with(request(true)).withAt(at(8, 9), approval(8));
            assertThat(grades(undiscussed.checkedBy(check))).containsExactly(FindingGrade.DEFECT);
            assertThat(undiscussed.withAt(at(9, 9), discussion(9, false)).checkedBy(check)).isEmpty();
        }

        @Test
        void the_heads_settling_a_dispute_stand_for_the_approval() {
            CaseStory settled = lawfulFine(LARGE).with(request(true)).withAt(at(9, 9), discussion(9, true));
            assertThat(settled.checkedBy(check)).isEmpty();
        }
    }

    @Nested
    class DecisionWithinNinetyDays {

        final FileCheck check = new DecisionWithinPeriod(90);

        CaseStory decidedOnDay(int day) {
            return lawfulFine().instead(decided(new BigDecimal("5000"), day));
        }

        @Test
        void day_90_after_approval_is_in_time_and_day_91_is_not() {
            assertThat(decidedOnDay(90).checkedBy(check)).isEmpty();
            assertThat(grades(decidedOnDay(91).checkedBy(check))).containsExactly(FindingGrade.DEFECT);
        }

        @Test
        void an_extension_moves_the_last_day() {
            CaseStory extended = decidedOnDay(120).with(new DecisionPeriodExtended(CASE, DAY_0.plusDays(120), "案情复杂", at(80, 9)));
            assertThat(extended.checkedBy(check)).isEmpty();
            CaseStory pastExtension = decidedOnDay(121).with(new DecisionPeriodExtended(CASE, DAY_0.plusDays(120), "案情复杂", at(80, 9)));
            assertThat(grades(pastExtension.checkedBy(check))).containsExactly(FindingGrade.DEFECT);
        }

        @Test
        void a_deadline_reported_missed_is_an_irregularity_even_when_the_decision_came_in_time() {
            CaseStory missed = lawfulFine().with(new CaseDeadlineMissed(CASE, "DECISION", DAY_0.plusDays(5), at(6, 9)));
            assertThat(grades(missed.checkedBy(check))).containsExactly(FindingGrade.IRREGULARITY);
        }

        @Test
        void a_period_the_province_sets_is_the_one_checked_60_days_in_time_61_not() {
            FileCheck sixtyDays = new DecisionWithinPeriod(60);
            assertThat(decidedOnDay(60).checkedBy(sixtyDays)).isEmpty();
            assertThat(grades(decidedOnDay(61).checkedBy(sixtyDays))).containsExactly(FindingGrade.DEFECT);
        }

        @Test
        void the_period_runs_from_the_approval_of_the_filing() {
            CaseStory lateApproval = decidedOnDay(95).instead(new CaseFilingApproved(CASE, "head", at(5, 9)));
            assertThat(lateApproval.checkedBy(check)).isEmpty();
        }
    }

    @Nested
    class ServiceWithinSevenDays_ {

        final FileCheck check = new ServiceWithinSevenDays(7);

        @Test
        void a_period_of_5_days_set_for_both_services_makes_day_6_late() {
            FileCheck fiveDays = new ServiceWithinSevenDays(5);
            assertThat(lawfulFine().instead(new DecisionServed(CASE, "POST", null, at(15, 18))).checkedBy(fiveDays)).isEmpty();
            assertThat(grades(lawfulFine().instead(new DecisionServed(CASE, "POST", null, at(16, 9))).checkedBy(fiveDays)))
                    .containsExactly(FindingGrade.DEFECT);
        }

        @Test
        void served_on_day_7_after_the_decision_holds_and_day_8_does_not() {
            assertThat(lawfulFine().instead(new DecisionServed(CASE, "POST", null, at(17, 18))).checkedBy(check)).isEmpty();
            assertThat(grades(lawfulFine().instead(new DecisionServed(CASE, "POST", null, at(18, 9))).checkedBy(check)))
                    .containsExactly(FindingGrade.DEFECT);
        }

        @Test
        void never_served_is_a_defect_unless_the_decision_was_revoked() {
            assertThat(grades(lawfulFine().without(DecisionServed.class).checkedBy(check))).containsExactly(FindingGrade.DEFECT);
            assertThat(lawfulFine().without(DecisionServed.class).with(new DecisionRevoked(CASE, "head", "错误", at(12, 9)))
                    .checkedBy(check)).isEmpty();
        }
    }

    @Nested
    class PaymentConfirmedByTheBank {

        final FileCheck check = new PaymentConfirmedByBank();

        @Test
        void no_confirmed_payment_is_a_defect_and_one_short_of_the_fine_an_irregularity() {
            assertThat(grades(lawfulFine().without(FinePaid.class).checkedBy(check))).containsExactly(FindingGrade.DEFECT);
            FinePaid partly = new FinePaid(CASE, new BigDecimal("3000"), BigDecimal.ZERO, "BANK-0001", false, new BigDecimal("2000"),
                    BigDecimal.ZERO, at(18, 10));
            assertThat(grades(lawfulFine().instead(partly).checkedBy(check))).containsExactly(FindingGrade.IRREGULARITY);
        }

        @Test
        void on_the_spot_100_yuan_may_be_collected_and_100_01_may_not() {
            CaseStory hundred = lawfulFine(new BigDecimal("100")).without(FinePaid.class)
                    .with(new FineCollectedOnTheSpot(CASE, new BigDecimal("100"), "R-1", DAY_0.plusDays(12), at(10, 17)));
            assertThat(hundred.checkedBy(check)).isEmpty();
            CaseStory more = lawfulFine(new BigDecimal("100.01")).without(FinePaid.class)
                    .with(new FineCollectedOnTheSpot(CASE, new BigDecimal("100.01"), "R-1", DAY_0.plusDays(12), at(10, 17)));
            assertThat(grades(more.checkedBy(check))).containsExactly(FindingGrade.DEFECT);
        }
    }

    @Nested
    class DisclosureOnTime_ {

        final FileCheck check = new DisclosureOnTime();

        @Test
        void an_overdue_publication_is_a_defect_and_a_late_one_an_irregularity() {
            assertThat(grades(lawfulFine().withAt(at(18, 9), new DisclosureOverdue("record-1", CASE.caseId(), CASE.caseNumber(),
                    CASE.agencyCode(), CASE.regionCode(), DisclosureOverdue.Duty.PUBLICATION, DAY_0.plusDays(17), at(18, 9)))
                    .checkedBy(check))).containsExactly(FindingGrade.DEFECT);
            DisclosurePublished late = new DisclosurePublished("record-1", CASE.caseId(), CASE.caseNumber(), CASE.agencyCode(),
                    CASE.regionCode(), DAY_0.plusDays(17), false, null, "admin", at(19, 9));
            assertThat(grades(lawfulFine().instead(late).checkedBy(check))).containsExactly(FindingGrade.IRREGULARITY);
        }
    }

    @Nested
    class RecordingChecklist {

        @Test
        void a_missing_recording_is_a_defect() {
            CaseStory missing = lawfulFine().withAt(at(2, 9), new RecordingMissing(CASE.caseId(), CASE.agencyCode(), CASE.regionCode(),
                    "SERVICE", at(1, 10), at(2, 9)));
            assertThat(grades(missing.checkedBy(new RecordingChecklistSatisfied()))).containsExactly(FindingGrade.DEFECT);
            assertThat(lawfulFine().checkedBy(new RecordingChecklistSatisfied())).isEmpty();
        }
    }

    @Nested
    class NoFineInsteadOfTransfer {

        final FileCheck check = new NoFineAfterTransfer();
        final CaseTransferred transferred = new CaseTransferred(CASE, "transfer-1", "220100-PSB", "长春市公安局", "220100-PRO",
                List.of(), at(5, 9));

        @Test
        void a_fine_after_a_transfer_is_a_defect_unless_the_receiver_refused_it() {
            assertThat(grades(lawfulFine().with(transferred).checkedBy(check))).containsExactly(FindingGrade.DEFECT);
            CaseStory refused = lawfulFine().with(transferred)
                    .with(new TransferAnswered(CASE, "transfer-1", "220100-PSB", false, "不构成犯罪", false, at(7, 9)));
            assertThat(refused.checkedBy(check)).isEmpty();
        }

        @Test
        void a_threshold_crossed_and_fined_without_a_decision_not_to_transfer_is_a_defect() {
            CaseStory crossed = lawfulFine().with(new CriminalThresholdCrossed(CASE, List.of(), at(2, 9)));
            assertThat(grades(crossed.checkedBy(check))).containsExactly(FindingGrade.DEFECT);
            assertThat(crossed.with(new TransferDecided(CASE, "transfer-1", false, "未达追诉标准", at(3, 9))).checkedBy(check)).isEmpty();
        }
    }

    @Test
    void the_checks_read_the_act_time_not_the_order_events_arrived_in() {
        CaseStory story = lawfulFine();
        CaseDecided decision = decided(new BigDecimal("5000"), 10);
        story.instead(decision);
        assertThat(story.history().events().get(0).payload()).isInstanceOf(cn.enforcement.platform.events.cases.CaseFiled.class);
        assertThat(story.history().first(CaseDecided.class).orElseThrow().day()).isEqualTo(LocalDate.of(2026, 3, 12));
    }
}

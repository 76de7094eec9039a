package cn.enforcement.review.api;

import static cn.enforcement.platform.testing.CloudEventRecords.header;
import static cn.enforcement.review.api.ReviewWorld.AGENCY;
import static cn.enforcement.review.api.ReviewWorld.as;
import static cn.enforcement.review.api.ReviewWorld.awaitKnown;
import static cn.enforcement.review.api.ReviewWorld.ccLegal;
import static cn.enforcement.review.api.ReviewWorld.checklist;
import static cn.enforcement.review.api.ReviewWorld.evidence;
import static cn.enforcement.review.api.ReviewWorld.file;
import static cn.enforcement.review.api.ReviewWorld.newCase;
import static cn.enforcement.review.api.ReviewWorld.officer;
import static cn.enforcement.review.api.ReviewWorld.publish;
import static cn.enforcement.review.api.ReviewWorld.request;
import static cn.enforcement.review.api.ReviewWorld.reviewOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import cn.enforcement.platform.calendar.WorkingCalendar;
import cn.enforcement.platform.events.cases.CaseRef;
import cn.enforcement.platform.events.cases.WorkingCalendarPublished;
import cn.enforcement.platform.testing.KafkaRecords;
import cn.enforcement.platform.testing.TestClock;
import cn.enforcement.platform.time.BeijingTime;
import cn.enforcement.review.domain.LegalReview;
import cn.enforcement.review.domain.ReviewAccessLog;
import cn.enforcement.review.jobs.OverdueReviews;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Legal review on the real stack: requests from Kafka, the queue and acts through REST, outcomes back on Kafka. */
@QuarkusTest
class LegalReviewTest {

    private static final String REVIEW_TOPIC = "test.enforcement.review.v1";
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    @Inject
    TestClock clock;

    @Inject
    OverdueReviews overdueReviews;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private static List<ConsumerRecord<String, String>> reviewEventsOf(String caseId, String untilType) {
        return KafkaRecords.readUntil(REVIEW_TOPIC, r -> caseId.equals(r.key()),
                r -> caseId.equals(r.key()) && header(r, "ce_type").map(t -> t.contains(untilType)).orElse(false), Duration.ofSeconds(30));
    }

    @Test
    void aReviewIsAssignedToAnEligibleReviewerConcludedOnTheTenPointsAndSentAgainWithWhatChanged() {
        String reviewer = ccLegal();
        String handling = officer(AGENCY, null, LocalDate.of(2016, 1, 1));
        String unqualified = officer(AGENCY, null, null);
        String otherAgency = officer("220200001", null, LocalDate.of(2016, 1, 1));
        awaitKnown(handling, true);
        awaitKnown(otherAgency, true);
        awaitKnown(unqualified, false);
        CaseRef caseRef = newCase();
        String firstRequest = request(caseRef, 1, file(handling, List.of(evidence("PHOTO"))));
        String first = reviewOf(firstRequest);

        as("cc-legal").get("/api/v1/reviews?status=PENDING&limit=200").then().statusCode(200).body("reviewId", hasItem(first));
        as("cc-head").get("/api/v1/reviews/reviewers").then().statusCode(200).body("officerId", hasItem(reviewer))
                .body("officerId", not(hasItem(unqualified))).body("officerId", not(hasItem(otherAgency)));
        as("cc-legal").get("/api/v1/reviews?status=WAITING").then().statusCode(400).body("code", equalTo("REVIEW_STATUS_UNKNOWN"));
        as("cc-legal").get("/api/v1/reviews/" + first).then().statusCode(200).body("status", equalTo("PENDING"))
                .body("file.violations[0].penaltyBasis", equalTo("《公路安全保护条例》第六十四条")).body("flag", equalTo("GREEN"))
                .body("dueExplanation", containsString("5 working days"));

        as("cc-legal").body("{\"reviewerId\":\"" + handling + "\"}").post("/api/v1/reviews/" + first + "/assignment").then()
                .statusCode(422).body("code", equalTo("REVIEWER_IS_HANDLING_OFFICER"));
        as("cc-legal").body("{\"reviewerId\":\"" + unqualified + "\"}").post("/api/v1/reviews/" + first + "/assignment").then()
                .statusCode(422).body("code", equalTo("REVIEWER_NOT_QUALIFIED"));
        as("cc-legal").body("{\"reviewerId\":\"" + otherAgency + "\"}").post("/api/v1/reviews/" + first + "/assignment").then()
                .statusCode(422).body("code", equalTo("REVIEWER_OF_ANOTHER_AGENCY"));
        as("cc-legal").body("{\"reviewerId\":\"nobody\"}").post("/api/v1/reviews/" + first + "/assignment").then()
                .statusCode(422).body("code", equalTo("REVIEWER_UNKNOWN"));
        as("cc-legal").body("{\"reviewerId\":\"" + reviewer + "\"}").post("/api/v1/reviews/" + first + "/assignment").then()
                .statusCode(200).body("status", equalTo("IN_REVIEW")).body("reviewer.officerId", equalTo(reviewer));

        String returned = "{\"outcome\":\"RETURNED_FOR_CORRECTION\",\"checklist\":" + checklist("EVIDENCE_SUFFICIENT", "缺少称重检测单")
                + ",\"opinion\":\"证据不足，退回补充调查\"";
        as("cc-legal").body(returned + "}").post("/api/v1/reviews/" + first + "/conclusion").then()
                .statusCode(422).body("code", equalTo("SUPPLEMENT_NOT_NAMED"));
        as("cc-legal").body("{\"outcome\":\"APPROVED\",\"checklist\":" + checklist("EVIDENCE_SUFFICIENT", "缺少称重检测单")
                + ",\"opinion\":\"同意\"}").post("/api/v1/reviews/" + first + "/conclusion").then()
                .statusCode(422).body("code", equalTo("APPROVAL_WITH_FAILED_POINT"));
        as("cc-legal").body(returned + ",\"toSupplement\":\"补充车辆称重检测单\"}").post("/api/v1/reviews/" + first + "/conclusion").then()
                .statusCode(200).body("status", equalTo("CONCLUDED")).body("outcome", equalTo("RETURNED_FOR_CORRECTION"));

        ConsumerRecord<String, String> completed = reviewEventsOf(caseRef.caseId(), "LegalReviewCompleted").get(0);
        assertThat(header(completed, "ce_source")).hasValue("/enforcement/review-service");
        assertThat(completed.value()).contains("\"requestId\":\"" + firstRequest + "\"").contains("RETURNED_FOR_CORRECTION")
                .contains("补充车辆称重检测单");

        String secondRequest = request(caseRef, 2, file(handling, List.of(evidence("PHOTO"), evidence("WEIGHING_RECORD"))));
        String second = reviewOf(secondRequest);
        as("cc-legal").get("/api/v1/reviews/" + second).then().statusCode(200).body("round", equalTo(2))
                .body("status", equalTo("IN_REVIEW")).body("reviewer.officerId", equalTo(reviewer))
                .body("changes", hasItem(containsString("evidence added: WEIGHING_RECORD")));
        as("cc-legal").body("{\"outcome\":\"APPROVED\",\"checklist\":" + checklist(null, null) + ",\"opinion\":\"事实清楚，证据确凿，同意\"}")
                .post("/api/v1/reviews/" + first + "/conclusion").then().statusCode(409).body("code", equalTo("REVIEW_CLOSED"));
        as("cc-legal").body("{\"outcome\":\"APPROVED\",\"checklist\":" + checklist(null, null) + ",\"opinion\":\"事实清楚，证据确凿，同意\"}")
                .post("/api/v1/reviews/" + second + "/conclusion").then().statusCode(200).body("outcome", equalTo("APPROVED"));
    }

    @Test
    void theHeadsDiscussAnApprovedMajorCaseWithAQuorumAndTheRecordIsPublished() {
        String reviewer = ccLegal();
        CaseRef caseRef = newCase();
        String review = reviewOf(request(caseRef, 1, file(officer(AGENCY, null, null), List.of(evidence("PHOTO")))));
        String discussion = "{\"heldOn\":\"" + LocalDate.now(BeijingTime.ZONE) + "\",\"participants\":%s,\"forDecision\":true,"
                + "\"conclusion\":\"同意按法制审核意见作出处罚决定\",\"dissent\":\"李副局长：建议从轻\"}";
        String twoHeads = "[{\"name\":\"王局长\",\"post\":\"局长\"},{\"name\":\"李副局长\",\"post\":\"副局长\"}]";
        String threeHeads = "[{\"name\":\"王局长\",\"post\":\"局长\"},{\"name\":\"李副局长\",\"post\":\"副局长\"},{\"name\":\"赵副局长\",\"post\":\"副局长\"}]";

        as("cc-head").body(discussion.formatted(threeHeads)).post("/api/v1/reviews/" + review + "/collective-discussion").then()
                .statusCode(409).body("code", equalTo("REVIEW_NOT_LATEST_CONCLUDED"));
        as("cc-legal").body("{\"reviewerId\":\"" + reviewer + "\"}").post("/api/v1/reviews/" + review + "/assignment").then().statusCode(200);
        as("cc-legal").body("{\"outcome\":\"APPROVED\",\"checklist\":" + checklist(null, null) + ",\"opinion\":\"同意\"}")
                .post("/api/v1/reviews/" + review + "/conclusion").then().statusCode(200);
        as("cc-head").body("{\"reason\":\"不服\"}").post("/api/v1/reviews/" + review + "/dispute").then().statusCode(409)
                .body("code", equalTo("DISPUTE_NOT_OPEN"));
        as("cc-head").body(discussion.formatted(twoHeads)).post("/api/v1/reviews/" + review + "/collective-discussion").then()
                .statusCode(422).body("code", equalTo("QUORUM_NOT_MET"));
        as("cc-head").body(discussion.formatted(threeHeads)).post("/api/v1/reviews/" + review + "/collective-discussion").then()
                .statusCode(200).body("discussions", hasSize(1)).body("discussions[0].participants.post", contains("局长", "副局长", "副局长"))
                .body("discussions[0].dissent", containsString("从轻"));

        ConsumerRecord<String, String> concluded = reviewEventsOf(caseRef.caseId(), "CollectiveDiscussionConcluded").stream()
                .filter(r -> header(r, "ce_type").orElseThrow().contains("CollectiveDiscussion")).findFirst().orElseThrow();
        assertThat(concluded.value()).contains("\"forDecision\":true").contains("\"onDispute\":false").contains("王局长");
    }

    @Test
    void aReturnedReviewDisputedByTheHandlingUnitGoesToTheHeads() {
        String reviewer = ccLegal();
        CaseRef caseRef = newCase();
        String review = reviewOf(request(caseRef, 1, file(officer(AGENCY, null, null), List.of(evidence("PHOTO")))));
        as("cc-legal").body("{\"reviewerId\":\"" + reviewer + "\"}").post("/api/v1/reviews/" + review + "/assignment").then().statusCode(200);
        as("cc-legal").body("{\"outcome\":\"REJECTED\",\"checklist\":" + checklist("LAW_CORRECTLY_APPLIED", "适用条款错误")
                + ",\"opinion\":\"不同意\"}").post("/api/v1/reviews/" + review + "/conclusion").then().statusCode(200);
        as("cc-officer-2").body("{\"reason\":\"不服\"}").post("/api/v1/reviews/" + review + "/dispute").then().statusCode(403)
                .body("code", equalTo("NOT_A_HANDLING_OFFICER"));
        as("cc-head").body("{\"reason\":\"承办机构认为适用条款正确\"}").post("/api/v1/reviews/" + review + "/dispute").then().statusCode(200)
                .body("disputeReason", equalTo("承办机构认为适用条款正确"));
        as("cc-head").body("{\"heldOn\":\"" + LocalDate.now(BeijingTime.ZONE) + "\",\"participants\":[{\"name\":\"王局长\",\"post\":\"局长\"},"
                        + "{\"name\":\"李副局长\",\"post\":\"副局长\"},{\"name\":\"王局长\",\"post\":\"局长\"}],\"forDecision\":true,"
                        + "\"conclusion\":\"同意作出决定\"}")
                .post("/api/v1/reviews/" + review + "/collective-discussion").then().statusCode(422).body("code", equalTo("QUORUM_NOT_MET"));
    }

    @Test
    void othersSeeNothingSupervisorsReadAndEveryReadIsLogged() {
        CaseRef caseRef = newCase();
        String review = reviewOf(request(caseRef, 1, file(officer(AGENCY, null, null), List.of())));
        as("jl-legal").get("/api/v1/reviews/" + review).then().statusCode(404).body("code", equalTo("REVIEW_NOT_FOUND"));
        as("jl-legal").get("/api/v1/reviews?limit=200").then().statusCode(200).body("reviewId", not(hasItem(review)));
        as("jl-head").body("{\"reviewerId\":\"x\"}").post("/api/v1/reviews/" + review + "/assignment").then().statusCode(404);
        as("cc-officer-1").get("/api/v1/reviews/" + review).then().statusCode(403);
        as("province-supervisor").get("/api/v1/reviews/" + review).then().statusCode(200);
        as("province-supervisor").body("{\"reviewerId\":\"x\"}").post("/api/v1/reviews/" + review + "/assignment").then().statusCode(403);
        as("cc-head").get("/api/v1/reviews/" + review).then().statusCode(200);

        List<String> readers = QuarkusTransaction.requiringNew().call(() -> ReviewAccessLog.<ReviewAccessLog>list("reviewId = ?1 and action = ?2",
                review, "READ_FILE").stream().map(entry -> entry.subject).toList());
        assertThat(readers).containsExactlyInAnyOrder("province-supervisor", "cc-head");
    }

    @Test
    void theLastDayFollowsTheCalendarCaseServicePublishesAndAnOverdueReviewIsPublishedOnce() {
        int year = 2031;
        publish(new WorkingCalendarPublished(year, List.of(), Instant.now()));
        clock.travelTo(LocalDate.of(year, 3, 3).atTime(10, 0).toInstant(BEIJING));
        CaseRef caseRef = newCase();
        String review = reviewOf(request(caseRef, 1, file(officer(AGENCY, null, null), List.of())));
        assertThat(dueOn(review)).isEqualTo(LocalDate.of(year, 3, 10));

        LocalDate holiday = LocalDate.of(year, 3, 5);
        publish(new WorkingCalendarPublished(year, List.of(new WorkingCalendar.SpecialDay(holiday, WorkingCalendar.DayKind.HOLIDAY, "测试假日")),
                Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> dueOn(review).equals(LocalDate.of(year, 3, 11)));

        clock.travelTo(LocalDate.of(year, 3, 12).atTime(10, 0).toInstant(BEIJING));
        as("cc-head").get("/api/v1/reviews/" + review).then().statusCode(200).body("flag", equalTo("RED"));
        overdueReviews.watch();
        overdueReviews.watch();
        String ccLegal = ccLegal();
        String next = reviewOf(request(caseRef, 2, file(officer(AGENCY, null, null), List.of())));
        as("cc-legal").body("{\"reviewerId\":\"" + ccLegal + "\"}").post("/api/v1/reviews/" + next + "/assignment").then().statusCode(200);
        as("cc-legal").body("{\"outcome\":\"APPROVED\",\"checklist\":" + checklist(null, null) + ",\"opinion\":\"同意\"}")
                .post("/api/v1/reviews/" + next + "/conclusion").then().statusCode(200);
        List<ConsumerRecord<String, String>> events = reviewEventsOf(caseRef.caseId(), "LegalReviewCompleted");
        assertThat(events.stream().filter(r -> header(r, "ce_type").orElseThrow().contains("LegalReviewOverdue")))
                .singleElement().satisfies(r -> assertThat(r.value()).contains(review).contains("\"dueOn\":\"" + year + "-03-11\""));
        publish(new WorkingCalendarPublished(year, List.of(), Instant.now()));
    }

    private static LocalDate dueOn(String reviewId) {
        return QuarkusTransaction.requiringNew().call(() -> LegalReview.<LegalReview>findById(reviewId).dueOn);
    }
}

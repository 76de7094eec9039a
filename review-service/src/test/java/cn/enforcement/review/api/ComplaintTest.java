package cn.enforcement.review.api;

import static cn.enforcement.platform.testing.CloudEventRecords.event;
import static cn.enforcement.platform.testing.CloudEventRecords.header;
import static cn.enforcement.platform.testing.CloudEventRecords.newId;
import static cn.enforcement.review.api.ReviewWorld.AGENCY;
import static cn.enforcement.review.api.ReviewWorld.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.enforcement.platform.testing.KafkaRecords;
import cn.enforcement.platform.testing.RegisteredAgencies;
import cn.enforcement.platform.testing.TestClock;
import cn.enforcement.platform.time.BeijingTime;
import cn.enforcement.review.domain.complaint.Complaint;
import cn.enforcement.review.domain.complaint.ComplaintDesk;
import cn.enforcement.review.domain.ledger.LedgerEntry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Complaints on the real stack: filed and followed without a token, routed, handled and answered by the staff. */
@QuarkusTest
class ComplaintTest {

    private static final String REVIEW_TOPIC = "test.enforcement.review.v1";
    private static final String EVIDENCE_TOPIC = "test.enforcement.evidence.v1";
    /** review.complaint-attachment-max-bytes: 20 MiB. */
    private static final long MAX_ATTACHMENT = 20L * 1024 * 1024;
    private static final String PHONE = "13900001111";

    @Inject
    TestClock clock;

    @BeforeEach
    void agenciesKnown() {
        RegisteredAgencies.known();
    }

    @Inject
    ComplaintDesk desk;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private static Map<String, Object> complaint(String subject) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "COMPLAINT");
        body.put("regionCode", "220100");
        body.put("subject", subject);
        body.put("content", "执法人员在长春西收费站检查时态度恶劣，未出示执法证件。");
        body.put("officerCredential", "22010026000001");
        body.put("occurredOn", LocalDate.now(BeijingTime.ZONE).minusDays(2).toString());
        body.put("contactName", "王先生");
        body.put("contactPhone", PHONE);
        return body;
    }

    private static ValidatableResponse file(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/public/v1/complaints").then();
    }

    private static ValidatableResponse follow(String trackingNumber, String secret) {
        return given().header("X-Complaint-Secret", secret).get("/public/v1/complaints/{n}", trackingNumber).then();
    }

    @Test
    void aComplaintFiledWithoutATokenIsRoutedAnsweredAndFollowedWithItsSecretAndItsContactStaysWithTheHandlers() {
        ValidatableResponse filed = file(complaint("执法态度恶劣")).statusCode(201).body("dueOn", notNullValue());
        String number = filed.extract().path("trackingNumber");
        String secret = filed.extract().path("secret");
        assertThat(number).matches("TS\\d{8}-[0-9A-Z]{8}");
        assertThat(LocalDate.parse(filed.extract().path("dueOn"))).isAfter(LocalDate.now(BeijingTime.ZONE).plusDays(14));

        String publicAnswer = follow(number, secret).statusCode(200).body("status", equalTo("RECEIVED")).extract().asString();
        assertThat(publicAnswer).doesNotContain(PHONE).doesNotContain("王先生");
        follow(number, secret + "x").statusCode(404).body("code", equalTo("COMPLAINT_NOT_FOUND"));
        given().get("/public/v1/complaints/{n}", number).then().statusCode(404);

        as("cc-head").get("/api/v1/complaints/{n}", number).then().statusCode(404);
        as("cc-supervisor").get("/api/v1/complaints/{n}", number).then().statusCode(200).body("complaint.contact", nullValue());
        as("jl-supervisor").body(Map.of("agencyCode", AGENCY)).post("/api/v1/complaints/{n}/routing", number).then().statusCode(404);
        as("cc-supervisor").body(Map.of("agencyCode", "220200001")).post("/api/v1/complaints/{n}/routing", number).then()
                .statusCode(403).body("code", equalTo("OUTSIDE_SUPERVISED_REGION"));
        as("cc-head").body(Map.of("answer", "x", "outcome", "UNSUBSTANTIATED")).post("/api/v1/complaints/{n}/answer", number).then()
                .statusCode(404);
        as("cc-supervisor").body(Map.of("agencyCode", AGENCY)).post("/api/v1/complaints/{n}/routing", number).then().statusCode(200)
                .body("complaint.status", equalTo("ROUTED"));

        as("cc-legal").get("/api/v1/complaints/{n}", number).then().statusCode(200).body("complaint.contact.phone", equalTo(PHONE));
        as("cc-supervisor").get("/api/v1/complaints/{n}", number).then().body("complaint.contact", nullValue());
        as("jl-head").get("/api/v1/complaints/{n}", number).then().statusCode(404);
        as("cc-legal").body(Map.of("note", "调取执法记录仪视频核查")).post("/api/v1/complaints/{n}/handling", number).then().statusCode(200);

        Map<String, Object> answer = Map.of("answer", "经核查，该执法人员未按规定出示执法证件，已责令整改并通报批评。", "outcome", "SUBSTANTIATED",
                "ledgerProblem", Map.of("problem", "检查时未出示执法证件", "measure", "全员重申亮证执法要求", "owner", "一大队",
                        "dueOn", LocalDate.now(BeijingTime.ZONE).plusDays(20).toString()));
        String entryId = as("cc-head").body(answer).post("/api/v1/complaints/{n}/answer", number).then().statusCode(200)
                .body("complaint.status", equalTo("ANSWERED")).body("complaint.answeredInTime", equalTo(true))
                .body("steps.step", hasItem("HANDLED")).extract().path("complaint.ledgerEntryId");
        assertThat(QuarkusTransaction.requiringNew().call(() -> LedgerEntry.<LedgerEntry>findById(entryId).source.name()))
                .isEqualTo("COMPLAINT");
        as("cc-head").body(answer).post("/api/v1/complaints/{n}/answer", number).then().statusCode(409)
                .body("code", equalTo("COMPLAINT_ANSWERED"));
        follow(number, secret).statusCode(200).body("status", equalTo("ANSWERED")).body("outcome", equalTo("SUBSTANTIATED"))
                .body("answer", equalTo(answer.get("answer")));
    }

    private static Map<String, Object> attachment(String fileName, String contentType, long size) {
        return Map.of("fileName", fileName, "contentType", contentType, "sizeBytes", size, "sha256", "ab".repeat(32));
    }

    @Test
    void aComplaintDeclaresItsFilesAndRecordsTheirArrivalAtTheEvidenceStoreWithoutPuttingContactDataOnTheTopic() {
        Map<String, Object> body = complaint("现场照片和录音");
        body.put("attachments", List.of(attachment("收费站现场照片.jpg", "image/jpeg", MAX_ATTACHMENT), attachment("录音.mp3", "audio/mpeg", 2048)));
        ValidatableResponse filed = file(body).statusCode(201).body("attachments.size()", equalTo(2))
                .body("attachments.receivedAt", everyItem(nullValue()));
        String number = filed.extract().path("trackingNumber");
        String secret = filed.extract().path("secret");
        String photo = filed.extract().path("attachments.find { it.fileName == '收费站现场照片.jpg' }.attachmentId");

        List<ConsumerRecord<String, String>> declared = KafkaRecords.readUntil(REVIEW_TOPIC,
                r -> number.equals(r.key()) && header(r, "ce_type").orElseThrow().contains("ComplaintFiled"),
                r -> number.equals(r.key()), Duration.ofSeconds(30));
        assertThat(declared.get(0).value()).contains(photo).contains("ab".repeat(32)).doesNotContain(PHONE).doesNotContain("态度恶劣");

        KafkaRecords.send(event(EVIDENCE_TOPIC, newId(), "enforcement.evidence.ComplaintAttachmentReceived.v1", number, """
                {"trackingNumber":"%s","regionCode":"220100","attachmentId":"%s","contentType":"image/jpeg","sizeBytes":%d,
                 "sha256":"%s","receivedAt":"%s"}""".formatted(number, photo, MAX_ATTACHMENT, "ab".repeat(32), Instant.now())));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> follow(number, secret).statusCode(200)
                .body("attachments.find { it.attachmentId == '%s' }.receivedAt".formatted(photo), notNullValue())
                .body("attachments.find { it.fileName == '录音.mp3' }.receivedAt", nullValue()));
        as("cc-supervisor").get("/api/v1/complaints/{n}", number).then().statusCode(200).body("attachments.size()", equalTo(2));
    }

    @Test
    void aFileOfAnotherTypeOrOverTheLimitRefusesTheWholeComplaint() {
        String subject = "附件不合规 " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> program = complaint(subject);
        program.put("attachments", List.of(attachment("照片.jpg", "image/jpeg", 10), attachment("setup.exe", "application/x-msdownload", 10)));
        file(program).statusCode(422).body("code", equalTo("COMPLAINT_ATTACHMENT_REFUSED"));
        Map<String, Object> oversized = complaint(subject);
        oversized.put("attachments", List.of(attachment("录像.mp4", "video/mp4", MAX_ATTACHMENT + 1)));
        file(oversized).statusCode(422).body("code", equalTo("COMPLAINT_ATTACHMENT_REFUSED"));
        Map<String, Object> six = complaint(subject);
        six.put("attachments", List.of(attachment("1.jpg", "image/jpeg", 1), attachment("2.jpg", "image/jpeg", 1),
                attachment("3.jpg", "image/jpeg", 1), attachment("4.jpg", "image/jpeg", 1), attachment("5.jpg", "image/jpeg", 1),
                attachment("6.jpg", "image/jpeg", 1)));
        file(six).statusCode(400);
        Map<String, Object> badHash = complaint(subject);
        badHash.put("attachments", List.of(Map.of("fileName", "1.jpg", "contentType", "image/jpeg", "sizeBytes", 1, "sha256", "XYZ")));
        file(badHash).statusCode(400);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Complaint.count("subject", subject))).isZero();
    }

    @Test
    void badComplaintsAreRefusedWithAProblemAndNothingIsStored() {
        Map<String, Object> noRegion = complaint("无区域");
        noRegion.remove("regionCode");
        file(noRegion).statusCode(400).body("code", equalTo("COMPLAINT_REGION_INVALID"));
        Map<String, Object> tooLong = complaint("过长");
        tooLong.put("content", "长".repeat(4001));
        file(tooLong).statusCode(400);
        Map<String, Object> badPhone = complaint("电话");
        badPhone.put("contactPhone", "call me <script>");
        file(badPhone).statusCode(400);
        Map<String, Object> noSubject = complaint("");
        file(noSubject).statusCode(400);
        Map<String, Object> unknownAgency = complaint("不存在的机构");
        unknownAgency.remove("regionCode");
        unknownAgency.put("agencyCode", "220199999");
        file(unknownAgency).statusCode(422).body("code", equalTo("AGENCY_UNKNOWN"));
        Map<String, Object> unservedRegion = complaint("无人监督的区域");
        unservedRegion.put("regionCode", "999999");
        file(unservedRegion).statusCode(422).body("code", equalTo("REGION_UNKNOWN"));
        Map<String, Object> countyOfACity = complaint("县区");
        countyOfACity.put("regionCode", "220102");
        file(countyOfACity).statusCode(201);
        Map<String, Object> futureIncident = complaint("将来的事");
        futureIncident.put("occurredOn", "2999-01-01");
        file(futureIncident).statusCode(422).body("code", equalTo("COMPLAINT_INCIDENT_IN_FUTURE"));
        futureIncident.put("occurredOn", LocalDate.now(BeijingTime.ZONE).plusDays(1).toString());
        file(futureIncident).statusCode(422).body("code", equalTo("COMPLAINT_INCIDENT_IN_FUTURE"));
        Map<String, Object> incidentToday = complaint("今日之事");
        incidentToday.put("occurredOn", LocalDate.now(BeijingTime.ZONE).toString());
        file(incidentToday).statusCode(201);
        Map<String, Object> emptyDay = complaint("空日期");
        emptyDay.put("occurredOn", "");
        file(emptyDay).statusCode(400).body("code", equalTo("MALFORMED_FIELD"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Complaint.count("subject in ?1",
                java.util.List.of("不存在的机构", "无人监督的区域", "将来的事", "空日期")))).isZero();
        as("cc-supervisor").get("/api/v1/complaints?agencyCode=220199999").then().statusCode(422).body("code", equalTo("AGENCY_UNKNOWN"));
    }

    @Test
    void anUnansweredComplaintIsPublishedOverdueOnceAndTheAnalysisListsTheHighFrequencyMatters() {
        String subject = "罚款未出具票据 " + UUID.randomUUID().toString().substring(0, 6);
        String number = file(complaint(subject)).statusCode(201).extract().path("trackingNumber");
        file(complaint(subject)).statusCode(201);
        file(complaint(subject)).statusCode(201);

        as("cc-supervisor").get("/api/v1/complaints/analysis").then().statusCode(200)
                .body("highFrequency.value", hasItem(subject)).body("byOfficer.value", hasItem("22010026000001"));
        as("cc-supervisor").get("/api/v1/complaints/analysis?from=2026-12-31&to=2026-01-01").then().statusCode(400)
                .body("code", equalTo("COMPLAINT_PERIOD_INVALID"));

        clock.travelTo(BeijingTime.startOf(LocalDate.now(BeijingTime.ZONE).plusDays(40)));
        assertThat(QuarkusTransaction.requiringNew().call(desk::publishOverdue)).isGreaterThanOrEqualTo(3);
        assertThat(QuarkusTransaction.requiringNew().call(desk::publishOverdue)).isZero();
        List<ConsumerRecord<String, String>> overdue = KafkaRecords.readUntil(REVIEW_TOPIC,
                r -> number.equals(r.key()) && header(r, "ce_type").orElseThrow().contains("ComplaintOverdue"),
                r -> number.equals(r.key()) && header(r, "ce_type").orElseThrow().contains("ComplaintOverdue"), Duration.ofSeconds(30));
        assertThat(overdue.get(0).value()).contains(subject).doesNotContain(PHONE);
        as("cc-supervisor").get("/api/v1/complaints/{n}", number).then().statusCode(200).body("complaint.overdue", equalTo(true));
        as("cc-supervisor").get("/api/v1/complaints?status=ANSWERED").then().statusCode(200)
                .body("complaints.status", not(hasItem("RECEIVED")));
        as("cc-supervisor").get("/api/v1/complaints?status=LOST").then().statusCode(400).body("code", equalTo("COMPLAINT_STATUS_UNKNOWN"));
    }
}

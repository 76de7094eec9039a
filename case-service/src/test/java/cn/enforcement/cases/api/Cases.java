package cn.enforcement.cases.api;

import static cn.enforcement.platform.testing.CloudEventRecords.event;
import static cn.enforcement.platform.testing.CloudEventRecords.header;
import static cn.enforcement.platform.testing.CloudEventRecords.newId;
import static cn.enforcement.platform.testing.DemoRealm.tokenOf;
import static cn.enforcement.platform.testing.DemoRealm.tokenOfClient;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import cn.enforcement.platform.testing.KafkaRecords;
import cn.enforcement.platform.testing.TestIdentities;
import cn.enforcement.platform.time.BeijingTime;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** The world around a case, as real events on the broker, and the steps the tests repeat. */
public final class Cases {

    private Cases() {
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(tokenOf(user)).contentType(ContentType.JSON);
    }

    /** A partner system with its client credentials, e.g. judicial-partner (长春市公安局). */
    public static RequestSpecification asClient(String clientId) {
        return given().auth().oauth2(tokenOfClient(clientId)).contentType(ContentType.JSON);
    }

    /** The types of the case's events on the broker, in order, up to the first of {@code lastType}. */
    public static List<String> eventTypes(String caseId, String lastType) {
        List<ConsumerRecord<String, String>> records = KafkaRecords.readUntil("test.enforcement.case.v1", r -> caseId.equals(r.key()),
                r -> caseId.equals(r.key()) && header(r, "ce_type").orElse("").contains(lastType), Duration.ofSeconds(30));
        return records.stream().map(r -> header(r, "ce_type").orElseThrow().replace("enforcement.case.", "").replace(".v1", "")).toList();
    }

    public static RequestSpecification asPaymentPlatform() {
        return given().auth().oauth2(tokenOfClient("payment-platform")).contentType(ContentType.JSON);
    }

    public static String newCredentialNumber() {
        return "22010026" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }

    /** A credential as personnel-service publishes it, linked to a demo login. */
    public static String credential(String number, String username, String status, boolean reviewOverdue, Instant at) {
        return credential(number, username, "220100001", status, reviewOverdue, at);
    }

    public static String credential(String number, String username, String agency, String status, boolean reviewOverdue,
            Instant at) {
        return """
                {"credential":{"credentialNumber":"%s","officerId":"officer-%s","officerName":"officer %s","username":%s,
                 "agencyCode":"%s","regionCode":"%s","post":"执法科员","enforcementFields":["ROAD_TRANSPORT"],
                 "status":"%s","annualReviewOverdue":%s,"validFrom":"2026-01-01","validTo":"2030-12-31"},
                 %s"effectiveAt":"%s"}"""
                .formatted(number, number, number, username == null ? "null" : "\"" + username + "\"", agency,
                        agency.substring(0, 6), status, reviewOverdue,
                        "ACTIVE".equals(status) ? "" : "\"reason\":\"test\",\"until\":null,", at);
    }

    /** Two fresh credentials, held by cc-officer-1 and cc-officer-2, known to case-service. */
    public static List<String> twoOfficers() {
        String first = newCredentialNumber();
        String second = newCredentialNumber();
        publishCredential(first, "cc-officer-1", "ACTIVE");
        publishCredential(second, "cc-officer-2", "ACTIVE");
        awaitCredential(second, "ACTIVE");
        awaitCredential(first, "ACTIVE");
        return List.of(first, second);
    }

    public static void publishCredential(String number, String username, String status) {
        publishCredential(number, username, "220100001", status);
    }

    public static void publishCredential(String number, String username, String agency, String status) {
        String type = "ACTIVE".equals(status) ? "CredentialIssued" : "CredentialSuspended";
        KafkaRecords.send(event("test.enforcement.personnel.v1", newId(), "enforcement.personnel." + type + ".v1", number,
                credential(number, username, agency, status, false, Instant.now())));
    }

    public static void awaitCredential(String number, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("cc-officer-1").get("/api/v1/officer-credentials/" + number)
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo(status)));
    }

    public static void recordEvidence(String caseId) {
        String evidenceId = UUID.randomUUID().toString();
        KafkaRecords.send(event("test.enforcement.evidence.v1", newId(), "enforcement.evidence.EvidenceRecorded.v1", caseId, """
                {"evidenceId":"%s","caseId":"%s","agencyCode":"220100001","regionCode":"220100","kind":"AUDIO_VISUAL",
                 "stage":"ON_SITE_INSPECTION","sha256":"%s","sizeBytes":1024,"recordedAt":"%s"}"""
                .formatted(evidenceId, caseId, "a".repeat(64), Instant.now())));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("cc-officer-1").get("/api/v1/cases/" + caseId)
                .then().body("evidenceCount", org.hamcrest.Matchers.greaterThan(0)));
    }

    /** The latest request for legal review of the case, as its view shows it. */
    public static String reviewRequestOf(String caseId) {
        return as("cc-head").get("/api/v1/cases/" + caseId).then().statusCode(200).extract().path("review.requestId");
    }

    /** review-service's answer to a request, as it would publish it. */
    public static void completeReview(String caseId, String requestId, String agencyCode, String outcome) {
        KafkaRecords.send(event("test.enforcement.review.v1", newId(), "enforcement.review.LegalReviewCompleted.v1", caseId, """
                {"reviewId":"%s","requestId":"%s","caseId":"%s","agencyCode":"%s","regionCode":"220100","outcome":"%s",
                 "reviewerId":"cc-legal","opinion":"事实清楚，证据充分，适用法律正确","completedAt":"%s"}"""
                .formatted(UUID.randomUUID(), requestId, caseId, agencyCode, outcome, Instant.now())));
    }

    /** review-service's record of the heads' collective discussion of a request, as it would publish it. */
    public static void concludeDiscussion(String caseId, String requestId, boolean forDecision) {
        KafkaRecords.send(event("test.enforcement.review.v1", newId(), "enforcement.review.CollectiveDiscussionConcluded.v1", caseId, """
                {"discussionId":"%s","reviewId":"%s","requestId":"%s","caseId":"%s","agencyCode":"220100001","regionCode":"220100",
                 "heldOn":"%s","participants":[{"name":"王局长","post":"局长"},{"name":"李副局长","post":"副局长"}],
                 "forDecision":%s,"onDispute":false,"conclusion":"同意作出处罚决定","recordedAt":"%s"}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), requestId, caseId, LocalDate.now(BeijingTime.ZONE), forDecision, Instant.now())));
    }

    /** review-service's draw of the case for an evaluator of another agency, as it would publish it. */
    public static void drawForEvaluation(String roundId, String caseId, String evaluator) {
        KafkaRecords.send(event("test.enforcement.review.v1", newId(), "enforcement.review.CaseFileDrawnForEvaluation.v1", caseId, """
                {"roundId":"%s","caseId":"%s","caseNumber":"220100001-2026-000001","agencyCode":"220100001","regionCode":"220100",
                 "evaluator":"%s","evaluatorAgency":"220200001","at":"%s"}""".formatted(roundId, caseId, evaluator, Instant.now())));
    }

    /** review-service's record of the evaluator's score, as it would publish it. */
    public static void evaluated(String roundId, String caseId) {
        KafkaRecords.send(event("test.enforcement.review.v1", newId(), "enforcement.review.CaseFileEvaluated.v1", caseId, """
                {"roundId":"%s","caseId":"%s","caseNumber":"220100001-2026-000001","agencyCode":"220100001","regionCode":"220100",
                 "score":88,"grade":"PASS","typical":false,"at":"%s"}""".formatted(roundId, caseId, Instant.now())));
    }

    public static String filing(String procedure, String item, List<String> officers, String onTheSpot, LocalDate occurredOn) {
        return """
                {"procedure":"%s","source":"INSPECTION","partyType":"INDIVIDUAL","partyName":"刘某","partyIdentifier":"%s",
                 "violationItems":["%s"],"occurredOn":"%s","harmedLifeHealthOrFinance":false,"place":"G1京哈高速长春收费站",
                 "facts":"当事人驾驶吉A12345号货车违法超限运输","handlingCredentials":["%s","%s"]%s}"""
                .formatted(procedure, TestIdentities.newResidentIdNumber(), item, occurredOn, officers.get(0), officers.get(1),
                        onTheSpot == null ? "" : "," + onTheSpot);
    }

    public static String fileGeneral(List<String> officers, String item) {
        String caseId = as("cc-officer-1").body(filing("GENERAL", item, officers, null, LocalDate.now(BeijingTime.ZONE).minusDays(3)))
                .post("/api/v1/cases").then().statusCode(201).extract().path("caseId");
        as("cc-head").post("/api/v1/cases/" + caseId + "/filing-approval").then().statusCode(200);
        return caseId;
    }

    public static String fine(String amount) {
        return "{\"kind\":\"FINE\",\"amount\":" + amount + "}";
    }
}

package cn.enforcement.systemtests;

import static cn.enforcement.platform.testing.CloudEventRecords.event;
import static cn.enforcement.platform.testing.CloudEventRecords.newId;
import static cn.enforcement.platform.testing.DemoRealm.tokenOfClient;
import static cn.enforcement.platform.testing.TestIdentities.newResidentIdNumber;
import static cn.enforcement.systemtests.Gateway.anonymous;
import static cn.enforcement.systemtests.Gateway.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;

import cn.enforcement.platform.testing.KafkaRecords;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Three whole cases through the gateway with real tokens — a summary warning; a general fine with
 * notice, statement and decision; a large fine with hearing, legal review and payment — and a
 * refusal of each guard. Evidence and review outcomes are published to Kafka as evidence- and
 * review-service will.
 */
@ExtendWith(PlatformUnderTest.class)
class CaseProcedureSystemTest {

    private static List<String> officers;

    /** The credentials held by cc-officer-1 and cc-officer-2, registered once and reused. */
    @BeforeAll
    static void linkDemoOfficers() {
        officers = Gateway.demoOfficerCredentials("cc-officer-1", "cc-officer-2");
    }

    private static String filing(String procedure, String item, LocalDate occurredOn, String onTheSpot, List<String> credentials) {
        return """
                {"procedure":"%s","source":"NON_SITE_DETECTION","partyType":"INDIVIDUAL","partyName":"王某","partyIdentifier":"%s",
                 "violationItems":["%s"],"occurredOn":"%s","harmedLifeHealthOrFinance":false,"place":"长春绕城高速治超站",
                 "facts":"吉A98765号货车车货总重超过限定标准","handlingCredentials":%s%s}"""
                .formatted(procedure, newResidentIdNumber(), item, occurredOn, credentials.stream().map(c -> "\"" + c + "\"").toList(),
                        onTheSpot == null ? "" : "," + onTheSpot);
    }

    private static String fileGeneral(String item) {
        String caseId = as("cc-officer-1").body(filing("GENERAL", item, LocalDate.now().minusDays(1), null, officers))
                .post("/api/v1/cases").then().statusCode(201).extract().path("caseId");
        as("cc-head").post("/api/v1/cases/" + caseId + "/filing-approval").then().statusCode(200).body("status", equalTo("INVESTIGATING"));
        return caseId;
    }

    private static void recordEvidence(String caseId) {
        KafkaRecords.send(event(PlatformUnderTest.TOPIC_PREFIX + "enforcement.evidence.v1", newId(),
                "enforcement.evidence.EvidenceRecorded.v1", caseId, """
                        {"evidenceId":"%s","caseId":"%s","agencyCode":"220100001","regionCode":"220100","kind":"ELECTRONIC_DATA",
                         "stage":"ON_SITE_INSPECTION","sha256":"%s","sizeBytes":2048,"recordedAt":"%s"}"""
                        .formatted(UUID.randomUUID(), caseId, "b".repeat(64), Instant.now())));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("cc-officer-1").get("/api/v1/cases/" + caseId)
                .then().body("evidenceCount", greaterThan(0)));
    }

    private static void approveReview(String caseId) {
        KafkaRecords.send(event(PlatformUnderTest.TOPIC_PREFIX + "enforcement.review.v1", newId(),
                "enforcement.review.LegalReviewCompleted.v1", caseId, """
                        {"reviewId":"%s","caseId":"%s","agencyCode":"220100001","regionCode":"220100","outcome":"APPROVED",
                         "reviewerId":"cc-legal","opinion":"同意","completedAt":"%s"}""".formatted(UUID.randomUUID(), caseId, Instant.now())));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("cc-head").get("/api/v1/cases/" + caseId)
                .then().body("review.approvedAt", notNullValue()));
    }

    private static void serveAndPay(String caseId, String amount) {
        as("cc-officer-1").body("{\"method\":\"DIRECT\",\"servedAt\":\"" + Instant.now() + "\"}").post("/api/v1/cases/" + caseId + "/service")
                .then().statusCode(200).body("status", equalTo("SERVED"));
        anonymous().auth().oauth2(tokenOfClient("payment-platform")).contentType("application/json")
                .body("{\"amount\":" + amount + ",\"paidAt\":\"" + Instant.now() + "\",\"bankReference\":\"BOC-" + caseId.substring(0, 8) + "\"}")
                .post("/api/v1/cases/" + caseId + "/payments").then().statusCode(200).body("status", equalTo("PAID"));
        as("cc-head").post("/api/v1/cases/" + caseId + "/closure").then().statusCode(200).body("status", equalTo("CLOSED"));
    }

    @Test
    void aSummaryWarningFromTheSpotToClosure() {
        String caseId = as("cc-officer-1").body(filing("SUMMARY", "RT-01", LocalDate.now(),
                        "\"onTheSpotPenalty\":{\"kind\":\"WARNING\"},\"onTheSpotLegalBasis\":\"《道路运输条例》第六十八条\"", officers))
                .post("/api/v1/cases").then().statusCode(201).body("status", equalTo("SERVED")).extract().path("caseId");
        as("cc-head").post("/api/v1/cases/" + caseId + "/filing-approval").then().statusCode(200);
        as("cc-head").post("/api/v1/cases/" + caseId + "/closure").then().statusCode(200).body("status", equalTo("CLOSED"));
    }

    @Test
    void aGeneralFineWithNoticeStatementAndDecision() {
        String caseId = fileGeneral("RA-01");
        as("cc-officer-1").body("{\"penalty\":{\"kind\":\"FINE\",\"amount\":3000},\"degree\":3}").post("/api/v1/cases/" + caseId + "/proposal")
                .then().statusCode(200);
        as("cc-officer-1").post("/api/v1/cases/" + caseId + "/notice").then().statusCode(409).body("code", equalTo("NO_EVIDENCE_RECORDED"));
        recordEvidence(caseId);
        as("cc-officer-1").post("/api/v1/cases/" + caseId + "/notice").then().statusCode(200).body("status", equalTo("NOTIFIED"));
        as("cc-head").body("{\"penalty\":{\"kind\":\"FINE\",\"amount\":3000},\"legalBasis\":\"《公路安全保护条例》第六十四条\"}")
                .post("/api/v1/cases/" + caseId + "/decision").then().statusCode(409).body("code", equalTo("STATEMENT_PERIOD_OPEN"));
        as("cc-officer-1").body("{\"content\":\"当事人书面放弃陈述申辩\",\"waiveStatementPeriod\":true}")
                .post("/api/v1/cases/" + caseId + "/statements").then().statusCode(200);
        as("cc-head").body("{\"penalty\":{\"kind\":\"FINE\",\"amount\":3200},\"legalBasis\":\"《公路安全保护条例》第六十四条\"}")
                .post("/api/v1/cases/" + caseId + "/decision").then().statusCode(422).body("code", equalTo("PENALTY_HEAVIER_THAN_NOTIFIED"));
        as("cc-head").body("{\"penalty\":{\"kind\":\"FINE\",\"amount\":3000},\"legalBasis\":\"《公路安全保护条例》第六十四条\"}")
                .post("/api/v1/cases/" + caseId + "/decision").then().statusCode(200).body("status", equalTo("DECIDED"));
        serveAndPay(caseId, "3000");
        as("cc-head").post("/api/v1/cases/" + caseId + "/archive").then().statusCode(200).body("status", equalTo("ARCHIVED"));
    }

    @Test
    void aLargeFineWithHearingLegalReviewAndPayment() {
        String caseId = fileGeneral("RA-01");
        recordEvidence(caseId);
        as("cc-officer-1").body("{\"penalty\":{\"kind\":\"FINE\",\"amount\":20000},\"degree\":12}").post("/api/v1/cases/" + caseId + "/proposal")
                .then().statusCode(200);
        as("cc-officer-1").post("/api/v1/cases/" + caseId + "/notice").then().statusCode(200).body("notice.hearingRights", equalTo(true));
        as("cc-officer-1").post("/api/v1/cases/" + caseId + "/hearing-request").then().statusCode(200);
        String decision = "{\"penalty\":{\"kind\":\"FINE\",\"amount\":20000},\"legalBasis\":\"《公路安全保护条例》第六十四条\"}";
        as("cc-head").body(decision).post("/api/v1/cases/" + caseId + "/decision").then().statusCode(409).body("code", equalTo("HEARING_NOT_HELD"));
        Instant heldAt = Instant.now().minus(Duration.ofHours(2));
        as("cc-officer-1").body("{\"heldAt\":\"%s\",\"notifiedAt\":\"%s\",\"chairCredential\":\"22010026999999\"}"
                        .formatted(heldAt, heldAt.minus(Duration.ofDays(8))))
                .post("/api/v1/cases/" + caseId + "/hearing").then().statusCode(200);
        as("cc-officer-1").body("{\"content\":\"听证后不再陈述\",\"waiveStatementPeriod\":true}").post("/api/v1/cases/" + caseId + "/statements")
                .then().statusCode(200);
        as("cc-head").body(decision).post("/api/v1/cases/" + caseId + "/decision").then().statusCode(409)
                .body("code", equalTo("LEGAL_REVIEW_NOT_PASSED")).body("legalBasis", notNullValue());
        approveReview(caseId);
        as("cc-head").body(decision).post("/api/v1/cases/" + caseId + "/decision").then().statusCode(200).body("status", equalTo("DECIDED"));
        serveAndPay(caseId, "20000");
    }

    @Test
    void eachFilingGuardRefusesThroughTheGateway() {
        as("cc-officer-1").body(filing("GENERAL", "RA-01", LocalDate.now(), null, List.of(officers.get(0))))
                .post("/api/v1/cases").then().statusCode(422).body("code", equalTo("TWO_OFFICERS_REQUIRED"));
        as("cc-officer-1").body(filing("GENERAL", "RA-01", LocalDate.now().minusYears(3), null, officers))
                .post("/api/v1/cases").then().statusCode(422).body("code", equalTo("LIMITATION_PERIOD_EXPIRED"));
        as("cc-officer-1").body(filing("SUMMARY", "RT-01", LocalDate.now(),
                        "\"onTheSpotPenalty\":{\"kind\":\"FINE\",\"amount\":201},\"onTheSpotLegalBasis\":\"第六十八条\"", officers))
                .post("/api/v1/cases").then().statusCode(422).body("code", equalTo("SUMMARY_PROCEDURE_NOT_ALLOWED"));
    }

    @Test
    void aTransferredCaseGetsNoFineInstead() {
        String caseId = fileGeneral("RT-03");
        as("cc-head").body("""
                        {"receivingBody":"长春市公安局","transferLetter":"移送书","investigationReport":"调查报告","seizedItemsList":"涉案物品清单",
                         "testOrExpertReports":"鉴定意见","otherMaterial":"其他材料"}""")
                .post("/api/v1/cases/" + caseId + "/transfer").then().statusCode(200).body("status", equalTo("TRANSFERRED"));
        as("cc-head").body("{\"penalty\":{\"kind\":\"FINE\",\"amount\":50000},\"legalBasis\":\"第六十三条\"}")
                .post("/api/v1/cases/" + caseId + "/decision").then().statusCode(409).body("code", equalTo("CASE_STATE_FORBIDS_ACT"));
    }
}

package cn.enforcement.systemtests;

import static cn.enforcement.platform.testing.DemoRealm.tokenOfClient;
import static cn.enforcement.platform.testing.TestIdentities.newResidentIdNumber;
import static cn.enforcement.systemtests.Gateway.anonymous;
import static cn.enforcement.systemtests.Gateway.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import cn.enforcement.platform.time.BeijingTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Three whole cases through the gateway with real tokens — a summary warning; a general fine with
 * notice, statement and decision; a large fine with hearing, two rounds of legal review, collective
 * discussion and payment — and a refusal of each guard. Evidence is uploaded to evidence-service and
 * the review done in review-service: the test publishes no event itself.
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
        String caseId = as("cc-officer-1").body(filing("GENERAL", item, LocalDate.now(BeijingTime.ZONE).minusDays(1), null, officers))
                .post("/api/v1/cases").then().statusCode(201).extract().path("caseId");
        as("cc-head").post("/api/v1/cases/" + caseId + "/filing-approval").then().statusCode(200).body("status", equalTo("INVESTIGATING"));
        return caseId;
    }

    /** Evidence streamed through the gateway; case-service learns of it from evidence-service. */
    private static void recordEvidence(String caseId, String kind, byte[] head, String type, int count) throws Exception {
        recordEvidence(caseId, kind, head, type, count, Instant.now());
    }

    /** Evidence recorded at a time (an act dated after it may rest on it), taken into custody now. */
    private static void recordEvidence(String caseId, String kind, byte[] head, String type, int count, Instant recordedAt)
            throws Exception {
        Gateway.uploadEvidence(caseId, kind, head, type, officers.get(0), recordedAt);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("cc-officer-1").get("/api/v1/cases/" + caseId)
                .then().body("evidenceCount", equalTo(count)));
    }

    /** The case's review round as review-service received it from case-service. */
    private static String reviewRound(String caseId, int round) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> as("cc-legal").queryParam("caseId", caseId).get("/api/v1/reviews")
                .then().statusCode(200).extract().<String>path("find { it.round == " + round + " }.reviewId"), java.util.Objects::nonNull);
    }

    /** An officer of the agency outside the investigation, with a credential case-service knows, to chair hearings (PL 64). */
    private static String hearingChair() {
        String credential = Gateway.issueCredential("cc-personnel", Gateway.registerOfficer("cc-personnel", "听证主持人",
                newResidentIdNumber(), "220100001", "220100"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("cc-officer-1").get("/api/v1/officer-credentials/" + credential)
                .then().statusCode(200));
        return credential;
    }

    private static String daysAgo(int days) {
        return Instant.now().minus(Duration.ofDays(days)).toString();
    }

    private static String checklist(String failed, String note) {
        return java.util.Arrays.stream(new String[] {"LAWFUL_SUBJECT", "OFFICERS_QUALIFIED", "FACTS_CLEAR", "EVIDENCE_SUFFICIENT",
                "LAW_CORRECTLY_APPLIED", "DISCRETION_APPROPRIATE", "PROCEDURE_LAWFUL", "WITHIN_POWERS", "DOCUMENTS_COMPLETE",
                "CRIME_TRANSFER_CONSIDERED"}).map(p -> p.equals(failed) ? "{\"point\":\"" + p + "\",\"passed\":false,\"note\":\"" + note + "\"}"
                        : "{\"point\":\"" + p + "\",\"passed\":true}").collect(java.util.stream.Collectors.joining(",", "[", "]"));
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
        String caseId = as("cc-officer-1").body(filing("SUMMARY", "RT-01", LocalDate.now(BeijingTime.ZONE),
                        "\"onTheSpotPenalty\":{\"kind\":\"WARNING\"},\"onTheSpotLegalBasis\":\"《道路运输条例》第六十八条\"", officers))
                .post("/api/v1/cases").then().statusCode(201).body("status", equalTo("SERVED")).extract().path("caseId");
        as("cc-head").post("/api/v1/cases/" + caseId + "/filing-approval").then().statusCode(200);
        as("cc-head").post("/api/v1/cases/" + caseId + "/closure").then().statusCode(200).body("status", equalTo("CLOSED"));
    }

    @Test
    void aGeneralFineWithNoticeStatementAndDecision() throws Exception {
        String caseId = fileGeneral("RA-01");
        as("cc-officer-1").body("{\"penalty\":{\"kind\":\"FINE\",\"amount\":3000},\"degree\":3}").post("/api/v1/cases/" + caseId + "/proposal")
                .then().statusCode(200);
        as("cc-officer-1").post("/api/v1/cases/" + caseId + "/notice").then().statusCode(409).body("code", equalTo("NO_EVIDENCE_RECORDED"));
        recordEvidence(caseId, "AUDIO_VISUAL", Gateway.JPEG, "image/jpeg", 1);
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

    /**
     * 20,000 yuan after a hearing (PL 58, 57 ¶2): review requested, returned for supplement, evidence added, sent again,
     * approved, discussed by the heads, decided, served and paid; every event is published by the service that owns it.
     */
    @Test
    void aLargeFineAfterAHearingIsReviewedReturnedSupplementedApprovedDiscussedDecidedAndPaid() throws Exception {
        String reviewer = Gateway.qualifiedReviewer("cc-legal");
        String chair = hearingChair();
        String caseId = as("cc-officer-1").header("Performed-At", daysAgo(12))
                .body(filing("GENERAL", "RA-01", LocalDate.now(BeijingTime.ZONE).minusDays(13), null, officers))
                .post("/api/v1/cases").then().statusCode(201).extract().path("caseId");
        as("cc-head").header("Performed-At", daysAgo(12)).post("/api/v1/cases/" + caseId + "/filing-approval").then().statusCode(200);
        // the body camera's recording of the inspection, taken into custody today: the notice eleven days ago rests on it
        recordEvidence(caseId, "AUDIO_VISUAL", Gateway.JPEG, "image/jpeg", 1, Instant.parse(daysAgo(12)));
        as("cc-officer-1").header("Performed-At", daysAgo(11)).body("{\"penalty\":{\"kind\":\"FINE\",\"amount\":20000},\"degree\":12}")
                .post("/api/v1/cases/" + caseId + "/proposal").then().statusCode(200);
        as("cc-officer-1").header("Performed-At", daysAgo(11)).post("/api/v1/cases/" + caseId + "/notice").then().statusCode(200)
                .body("notice.hearingRights", equalTo(true));
        as("cc-officer-1").header("Performed-At", daysAgo(10)).post("/api/v1/cases/" + caseId + "/hearing-request").then().statusCode(200)
                .body("timeline.find { it.act == 'HEARING_REQUESTED' }.recordedLate", equalTo(true));
        String decision = "{\"penalty\":{\"kind\":\"FINE\",\"amount\":20000},\"legalBasis\":\"《公路安全保护条例》第六十四条\"}";
        as("cc-head").body(decision).post("/api/v1/cases/" + caseId + "/decision").then().statusCode(409).body("code", equalTo("HEARING_NOT_HELD"));
        as("cc-officer-1").body("{\"heldAt\":\"%s\",\"notifiedAt\":\"%s\",\"chairCredential\":\"%s\"}"
                        .formatted(daysAgo(2), daysAgo(10), chair))
                .post("/api/v1/cases/" + caseId + "/hearing").then().statusCode(200);
        as("cc-officer-1").body("{\"content\":\"听证后不再陈述\",\"waiveStatementPeriod\":true}").post("/api/v1/cases/" + caseId + "/statements")
                .then().statusCode(200);
        as("cc-head").body(decision).post("/api/v1/cases/" + caseId + "/decision").then().statusCode(409)
                .body("code", equalTo("LEGAL_REVIEW_NOT_PASSED")).body("legalBasis", notNullValue());

        String afterHearing = reviewRound(caseId, 2);
        as("cc-legal").get("/api/v1/reviews/" + afterHearing).then().statusCode(200).body("status", equalTo("PENDING"))
                .body("reasons", hasItems("LARGE_FINE", "AFTER_HEARING")).body("file.evidence", hasSize(1))
                .body("file.hearing.settledAt", notNullValue());
        as("cc-legal").body("{\"reviewerId\":\"" + reviewer + "\"}").post("/api/v1/reviews/" + afterHearing + "/assignment").then()
                .statusCode(200).body("status", equalTo("IN_REVIEW"));
        as("cc-legal").body("{\"outcome\":\"RETURNED_FOR_CORRECTION\",\"checklist\":" + checklist("EVIDENCE_SUFFICIENT", "缺少称重检测单")
                        + ",\"opinion\":\"证据不足，退回补充调查\",\"toSupplement\":\"补充车辆称重检测单\"}")
                .post("/api/v1/reviews/" + afterHearing + "/conclusion").then().statusCode(200).body("outcome", equalTo("RETURNED_FOR_CORRECTION"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("cc-officer-1").get("/api/v1/cases/" + caseId).then()
                .body("review.outcome", equalTo("RETURNED_FOR_CORRECTION")));

        recordEvidence(caseId, "DOCUMENTARY", Gateway.PDF, "application/pdf", 2);
        as("cc-officer-1").post("/api/v1/cases/" + caseId + "/legal-review-request").then().statusCode(200).body("review.round", equalTo(3));
        String supplemented = reviewRound(caseId, 3);
        as("cc-legal").get("/api/v1/reviews/" + supplemented).then().statusCode(200).body("status", equalTo("IN_REVIEW"))
                .body("changes", hasItem(containsString("evidence added: DOCUMENTARY"))).body("file.evidence", hasSize(2));
        as("cc-legal").body("{\"outcome\":\"APPROVED\",\"checklist\":" + checklist(null, null) + ",\"opinion\":\"事实清楚，证据确凿，适用法律正确，程序合法，同意\"}")
                .post("/api/v1/reviews/" + supplemented + "/conclusion").then().statusCode(200).body("outcome", equalTo("APPROVED"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("cc-head").get("/api/v1/cases/" + caseId).then()
                .body("review.approvedAt", notNullValue()));
        as("cc-head").body(decision).post("/api/v1/cases/" + caseId + "/decision").then().statusCode(409)
                .body("code", equalTo("COLLECTIVE_DISCUSSION_REQUIRED"));

        as("cc-head").body("{\"heldOn\":\"" + LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")) + "\",\"participants\":["
                        + "{\"name\":\"王局长\",\"post\":\"局长\"},{\"name\":\"李副局长\",\"post\":\"副局长\"},{\"name\":\"赵副局长\",\"post\":\"副局长\"}],"
                        + "\"forDecision\":true,\"conclusion\":\"同意按法制审核意见罚款20000元\"}")
                .post("/api/v1/reviews/" + supplemented + "/collective-discussion").then().statusCode(200).body("discussions", hasSize(1));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("cc-head").get("/api/v1/cases/" + caseId).then()
                .body("review.discussedForDecisionAt", notNullValue()));
        as("cc-head").body(decision).post("/api/v1/cases/" + caseId + "/decision").then().statusCode(200).body("status", equalTo("DECIDED"));
        serveAndPay(caseId, "20000");
    }

    @Test
    void eachFilingGuardRefusesThroughTheGateway() {
        as("cc-officer-1").body(filing("GENERAL", "RA-01", LocalDate.now(BeijingTime.ZONE), null, List.of(officers.get(0))))
                .post("/api/v1/cases").then().statusCode(422).body("code", equalTo("TWO_OFFICERS_REQUIRED"));
        as("cc-officer-1").body(filing("GENERAL", "RA-01", LocalDate.now(BeijingTime.ZONE).minusYears(3), null, officers))
                .post("/api/v1/cases").then().statusCode(422).body("code", equalTo("LIMITATION_PERIOD_EXPIRED"));
        as("cc-officer-1").body(filing("SUMMARY", "RT-01", LocalDate.now(BeijingTime.ZONE),
                        "\"onTheSpotPenalty\":{\"kind\":\"FINE\",\"amount\":201},\"onTheSpotLegalBasis\":\"第六十八条\"", officers))
                .post("/api/v1/cases").then().statusCode(422).body("code", equalTo("SUMMARY_PROCEDURE_NOT_ALLOWED"));
    }

    @Test
    void aTransferredCaseGetsNoFineInstead() {
        String caseId = fileGeneral("RT-03");
        Gateway.transferToChangchunPolice(caseId);
        as("cc-head").body("{\"penalty\":{\"kind\":\"FINE\",\"amount\":50000},\"legalBasis\":\"第六十三条\"}")
                .post("/api/v1/cases/" + caseId + "/decision").then().statusCode(409).body("code", equalTo("CASE_STATE_FORBIDS_ACT"));
    }
}

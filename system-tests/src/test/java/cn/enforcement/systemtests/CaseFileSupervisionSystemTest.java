package cn.enforcement.systemtests;

import static cn.enforcement.platform.testing.DemoRealm.tokenOfClient;
import static cn.enforcement.platform.testing.TestIdentities.newResidentIdNumber;
import static cn.enforcement.systemtests.Gateway.anonymous;
import static cn.enforcement.systemtests.Gateway.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import cn.enforcement.platform.time.BeijingTime;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Supervision of case files through the gateway: two fines run to closure, one served ten days after its decision; the
 * automated checks find the defect and put it on the agency's ledger, where it is rectified and closed by the head; a
 * round draws the closed files and an evaluator of another agency reads the defective one and scores it; a complaint is filed
 * without a token with a photo uploaded to the evidence store, routed, answered and followed. Every event comes from the service that owns it.
 */
@ExtendWith(PlatformUnderTest.class)
class CaseFileSupervisionSystemTest {

    private static final String AGENCY = "220100001";
    private static final String LATE_SERVICE = "SERVICE_WITHIN_7_DAYS";

    private static List<String> officers;

    @BeforeAll
    static void linkDemoOfficers() {
        officers = Gateway.demoOfficerCredentials("cc-officer-1", "cc-officer-2");
    }

    private static String daysAgo(int days) {
        return Instant.now().minus(Duration.ofDays(days)).toString();
    }

    /** An act as done {@code days} ago and recorded now (offline); now when {@code days} is 0. */
    private static RequestSpecification doneAgo(String user, int days) {
        RequestSpecification request = as(user);
        return days == 0 ? request : request.header("Performed-At", daysAgo(days));
    }

    /** A general fine of 3,000 yuan decided {@code decidedDaysAgo} days ago, served, paid and closed today. */
    private static String closedFine(int decidedDaysAgo) throws Exception {
        int filedDaysAgo = decidedDaysAgo == 0 ? 0 : decidedDaysAgo + 2;
        String caseId = doneAgo("cc-officer-1", filedDaysAgo).body("""
                        {"procedure":"GENERAL","source":"INSPECTION","partyType":"INDIVIDUAL","partyName":"孙某","partyIdentifier":"%s",
                         "violationItems":["RA-01"],"occurredOn":"%s","harmedLifeHealthOrFinance":false,"place":"长春绕城高速治超站",
                         "facts":"吉A54321号货车车货总重超过限定标准","handlingCredentials":["%s","%s"]}"""
                        .formatted(newResidentIdNumber(), LocalDate.now(BeijingTime.ZONE).minusDays(filedDaysAgo + 1), officers.get(0),
                                officers.get(1)))
                .post("/api/v1/cases").then().statusCode(201).extract().path("caseId");
        doneAgo("cc-head", filedDaysAgo).post("/api/v1/cases/" + caseId + "/filing-approval").then().statusCode(200);
        // recorded on site when the case was filed, taken into custody now: the notice and decision rest on it
        Gateway.uploadEvidence(caseId, "AUDIO_VISUAL", Gateway.JPEG, "image/jpeg", officers.get(0), Instant.parse(daysAgo(filedDaysAgo)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("cc-officer-1").get("/api/v1/cases/" + caseId).then()
                .body("evidenceCount", equalTo(1)));
        int notifiedDaysAgo = decidedDaysAgo == 0 ? 0 : decidedDaysAgo + 1;
        doneAgo("cc-officer-1", notifiedDaysAgo).body("{\"penalty\":{\"kind\":\"FINE\",\"amount\":3000},\"degree\":3}")
                .post("/api/v1/cases/" + caseId + "/proposal").then().statusCode(200);
        doneAgo("cc-officer-1", notifiedDaysAgo).post("/api/v1/cases/" + caseId + "/notice").then().statusCode(200);
        doneAgo("cc-officer-1", decidedDaysAgo).body("{\"content\":\"当事人书面放弃陈述申辩\",\"waiveStatementPeriod\":true}")
                .post("/api/v1/cases/" + caseId + "/statements").then().statusCode(200);
        doneAgo("cc-head", decidedDaysAgo).body("{\"penalty\":{\"kind\":\"FINE\",\"amount\":3000},\"legalBasis\":\"《公路安全保护条例》第六十四条\"}")
                .post("/api/v1/cases/" + caseId + "/decision").then().statusCode(200);
        as("cc-officer-1").body("{\"method\":\"DIRECT\",\"servedAt\":\"" + Instant.now() + "\"}").post("/api/v1/cases/" + caseId + "/service")
                .then().statusCode(200);
        anonymous().auth().oauth2(tokenOfClient("payment-platform")).contentType("application/json")
                .body("{\"amount\":3000,\"paidAt\":\"" + Instant.now() + "\",\"bankReference\":\"ICBC-" + caseId.substring(0, 8) + "\"}")
                .post("/api/v1/cases/" + caseId + "/payments").then().statusCode(200);
        as("cc-head").post("/api/v1/cases/" + caseId + "/closure").then().statusCode(200).body("status", equalTo("CLOSED"));
        return caseId;
    }

    @Test
    void aDefectFoundInAClosedFileIsClosedOnTheLedgerScoredInARoundAndAComplaintIsAnswered() throws Exception {
        String lawful = closedFine(0);
        String servedLate = closedFine(10);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("cc-supervisor").get("/api/v1/case-files/" + servedLate).then()
                .statusCode(200).body("checkedWith", notNullValue()).body("findings.check", hasItem(LATE_SERVICE)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("cc-head").get("/api/v1/case-files/" + lawful).then()
                .statusCode(200).body("checkedWith", notNullValue()).body("findings.grade", not(hasItem("DEFECT"))));

        List<Map<String, Object>> entries = as("cc-head").queryParam("source", "FILE_CHECK").queryParam("limit", 200).get("/api/v1/ledger")
                .then().statusCode(200).extract().path("entries");
        String entryId = entries.stream().filter(e -> ((String) e.get("problem")).contains(LATE_SERVICE)).map(e -> (String) e.get("entryId"))
                .findFirst().orElseThrow();
        Map<String, Object> entry = as("cc-head").get("/api/v1/ledger/" + entryId).then().statusCode(200)
                .body("caseIds", hasItem(servedLate)).extract().path("entry");
        if ("OPEN".equals(entry.get("status"))) {
            as("cc-legal").body(Map.of("done", "送达超期原因已查明，完善送达时限提醒", "proof", List.of("长交执〔2026〕31号")))
                    .post("/api/v1/ledger/" + entryId + "/rectification").then().statusCode(200);
        }
        as("cc-head").body(Map.of("approved", true, "note", "同意销号")).post("/api/v1/ledger/" + entryId + "/closing").then().statusCode(200)
                .body("entry.status", equalTo("CLOSED"));

        LocalDate today = LocalDate.now(BeijingTime.ZONE);
        Map<String, Object> round = Map.of("title", "系统测试案卷评查", "agencies", List.of(AGENCY), "closedFrom", today.toString(),
                "closedTo", today.toString(), "filesPerAgency", 500, "seed", 20261205,
                "evaluators", List.of(Map.of("username", "jl-legal")));
        Gateway.qualifiedReviewer("jl-legal");
        String roundId = as("cc-supervisor").body(round).post("/api/v1/evaluation-rounds").then().statusCode(201)
                .body("seed", equalTo(20261205)).extract().path("roundId");
        String evaluator = as("cc-supervisor").get("/api/v1/evaluation-rounds/" + roundId).then().statusCode(200)
                .extract().path("files.find { it.caseId == '" + servedLate + "' }.evaluator");
        assertThat(evaluator).isEqualTo("jl-legal");
        as(evaluator).get("/api/v1/evaluations/mine").then().statusCode(200)
                .body("find { it.roundId == '" + roundId + "' && it.caseId == '" + servedLate + "' }.findings.check", hasItem(LATE_SERVICE));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as(evaluator).get("/api/v1/cases/" + servedLate).then().statusCode(200));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as(evaluator).get("/api/v1/cases/" + servedLate + "/evidence").then()
                .statusCode(200).body("size()", equalTo(1)));
        List<Map<String, Object>> scores = new ArrayList<>();
        for (Object[] item : new Object[][] {{"SUBJECT", 10}, {"FACTS", 15}, {"EVIDENCE", 20}, {"LAW_APPLIED", 15}, {"DISCRETION", 10},
                {"PROCEDURE", 12}, {"DOCUMENTS", 10}}) {
            scores.add(item[0].equals("PROCEDURE") ? Map.of("item", item[0], "points", item[1], "reason", "决定书超过七日送达")
                    : Map.of("item", item[0], "points", item[1]));
        }
        as(evaluator).body(Map.of("scores", scores)).post("/api/v1/evaluation-rounds/" + roundId + "/files/" + servedLate + "/score")
                .then().statusCode(200).body("total", equalTo(92)).body("grade", equalTo("EXCELLENT"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as(evaluator).get("/api/v1/cases/" + servedLate).then().statusCode(404));
        as("cc-supervisor").get("/api/v1/evaluation-results").then().statusCode(200).body("byAgency.roundId", hasItem(roundId));

        String photoSha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Gateway.JPEG));
        Map<String, Object> filed = anonymous().contentType("application/json").body(Map.of("kind", "COMPLAINT", "regionCode", "220100",
                        "subject", "罚款后未送达决定书", "content", "执法人员罚款后十天才送达处罚决定书。", "contactPhone", "13800002222",
                        "attachments", List.of(Map.of("fileName", "送达回证照片.jpg", "contentType", "image/jpeg", "sizeBytes", Gateway.JPEG.length,
                                "sha256", photoSha256))))
                .post("/public/v1/complaints").then().statusCode(201).extract().path("$");
        String number = (String) filed.get("trackingNumber");
        String attachmentId = anonymous().header("X-Complaint-Secret", (String) filed.get("secret"))
                .get("/public/v1/complaints/" + number).then().statusCode(200).extract().path("attachments[0].attachmentId");
        String uploadUrl = await().atMost(Duration.ofSeconds(60)).until(() -> anonymous()
                .post("/public/v1/complaint-attachments/" + attachmentId + "/upload-url").then().extract().path("url"), notNullValue());
        HttpResponse<Void> put = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(uploadUrl))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(Gateway.JPEG)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(put.statusCode()).isEqualTo(200);
        anonymous().post("/public/v1/complaint-attachments/" + attachmentId + "/completion").then().statusCode(200)
                .body("sha256", equalTo(photoSha256));
        as("cc-supervisor").body(Map.of("agencyCode", AGENCY)).post("/api/v1/complaints/" + number + "/routing").then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("cc-head").get("/api/v1/complaints/" + number).then()
                .body("attachments[0].receivedAt", notNullValue()));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("cc-head")
                .get("/api/v1/complaint-attachments/" + attachmentId + "/download-url").then().statusCode(200));
        String link = as("cc-head").get("/api/v1/complaint-attachments/" + attachmentId + "/download-url").then().extract().path("url");
        byte[] kept = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofByteArray())
                .body();
        assertThat(kept).isEqualTo(Gateway.JPEG);
        as("cc-head").body(Map.of("answer", "经核查属实，已完善送达时限提醒", "outcome", "SUBSTANTIATED", "caseId", servedLate))
                .post("/api/v1/complaints/" + number + "/answer").then().statusCode(200).body("complaint.caseId", equalTo(servedLate));
        anonymous().header("X-Complaint-Secret", (String) filed.get("secret")).get("/public/v1/complaints/" + number).then().statusCode(200)
                .body("status", equalTo("ANSWERED")).body("outcome", equalTo("SUBSTANTIATED"));
    }
}

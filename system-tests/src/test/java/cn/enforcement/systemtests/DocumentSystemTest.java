package cn.enforcement.systemtests;

import static cn.enforcement.platform.testing.DemoRealm.tokenOfClient;
import static cn.enforcement.platform.testing.TestIdentities.newResidentIdNumber;
import static cn.enforcement.systemtests.Gateway.anonymous;
import static cn.enforcement.systemtests.Gateway.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.enforcement.platform.hashing.Sha256;
import cn.enforcement.platform.time.BeijingTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The documents of a general case through the gateway: each issued at its step as a numbered PDF, verified without a
 * token on the page its QR code opens, and kept among the case's evidence by evidence-service with the same SHA-256;
 * among them the notice of evidence preserved during the investigation, and a report in the agency's own wording.
 * Every event comes from the service that owns it.
 */
@ExtendWith(PlatformUnderTest.class)
class DocumentSystemTest {

    /** Issues the kind, downloads the PDF and checks it is the one recorded; answers documentId and SHA-256. */
    private static Map.Entry<String, String> issue(String user, String caseId, String kind) {
        Map<String, Object> issued = as(user).body(Map.of("kind", kind)).post("/api/v1/cases/" + caseId + "/documents").then()
                .statusCode(201).extract().path("$");
        byte[] pdf = as(user).get((String) issued.get("pdf")).then().statusCode(200).extract().asByteArray();
        assertThat(Sha256.hex(pdf)).isEqualTo(issued.get("sha256"));
        return Map.entry((String) issued.get("documentId"), (String) issued.get("sha256"));
    }

    @Test
    void aGeneralCasesDocumentsAreIssuedAtTheirStepsVerifiedPubliclyAndKeptAsEvidence() throws Exception {
        List<String> officers = Gateway.demoOfficerCredentials("cc-officer-1", "cc-officer-2");
        String caseId = as("cc-officer-1").body("""
                        {"procedure":"GENERAL","source":"INSPECTION","partyType":"INDIVIDUAL","partyName":"周某","partyIdentifier":"%s",
                         "violationItems":["RA-01"],"occurredOn":"%s","harmedLifeHealthOrFinance":false,"place":"长春绕城高速治超站",
                         "facts":"驾驶吉A67890号货车车货总重超过限定标准","handlingCredentials":["%s","%s"]}"""
                        .formatted(newResidentIdNumber(), LocalDate.now(BeijingTime.ZONE).minusDays(1), officers.get(0), officers.get(1)))
                .post("/api/v1/cases").then().statusCode(201).extract().path("caseId");
        Map<String, String> issued = new LinkedHashMap<>();
        as("cc-officer-1").body(Map.of("kind", "FILING_APPROVAL")).post("/api/v1/cases/" + caseId + "/documents").then().statusCode(409)
                .body("code", equalTo("DOCUMENT_STEP_NOT_REACHED"));
        as("cc-head").post("/api/v1/cases/" + caseId + "/filing-approval").then().statusCode(200);
        issued.put("FILING_APPROVAL", issue("cc-officer-1", caseId, "FILING_APPROVAL").getValue());

        String preservations = "/api/v1/cases/" + caseId + "/evidence-preservations";
        String preservation = as("cc-officer-1").body("""
                        {"items":[{"name":"吉A67890号货车","quantity":"1辆","description":"装载钢卷"}],"keptAt":"长春绕城高速治超站停车场",
                         "reasons":"车辆驶离后超限事实难以取得"}""").post(preservations).then().statusCode(201).extract().path("preservationId");
        as("cc-head").post(preservations + "/" + preservation + "/approval").then().statusCode(200).body("status", equalTo("APPROVED"));
        issued.put("EVIDENCE_PRESERVATION_NOTICE", issue("cc-officer-1", caseId, "EVIDENCE_PRESERVATION_NOTICE").getValue());
        as("cc-officer-1").body("{\"handling\":\"EXAMINATION\",\"note\":\"送检复核轴重\"}").post(preservations + "/" + preservation + "/handling")
                .then().statusCode(200).body("status", equalTo("HANDLED"));

        Gateway.uploadEvidence(caseId, "AUDIO_VISUAL", Gateway.JPEG, "image/jpeg", officers.get(0));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("cc-officer-1").get("/api/v1/cases/" + caseId).then()
                .body("evidenceCount", equalTo(1)));
        as("cc-officer-1").body("{\"penalty\":{\"kind\":\"FINE\",\"amount\":3000},\"degree\":3}")
                .post("/api/v1/cases/" + caseId + "/proposal").then().statusCode(200);
        as("cc-officer-1").post("/api/v1/cases/" + caseId + "/notice").then().statusCode(200);
        issued.put("PENALTY_NOTICE", issue("cc-officer-1", caseId, "PENALTY_NOTICE").getValue());
        as("cc-officer-1").body("{\"content\":\"当事人书面放弃陈述申辩\",\"waiveStatementPeriod\":true}")
                .post("/api/v1/cases/" + caseId + "/statements").then().statusCode(200);
        as("cc-head").body("{\"penalty\":{\"kind\":\"FINE\",\"amount\":2000},\"legalBasis\":\"《公路安全保护条例》第六十四条\"}")
                .post("/api/v1/cases/" + caseId + "/decision").then().statusCode(200);
        Map.Entry<String, String> decision = issue("cc-head", caseId, "PENALTY_DECISION");
        issued.put("PENALTY_DECISION", decision.getValue());
        as("cc-officer-1").body("{\"method\":\"DIRECT\",\"servedAt\":\"" + Instant.now() + "\"}").post("/api/v1/cases/" + caseId + "/service")
                .then().statusCode(200);
        issued.put("SERVICE_RECEIPT", issue("cc-officer-1", caseId, "SERVICE_RECEIPT").getValue());
        anonymous().auth().oauth2(tokenOfClient("payment-platform")).contentType("application/json")
                .body("{\"amount\":2000,\"paidAt\":\"" + Instant.now() + "\",\"bankReference\":\"ICBC-DOC-" + caseId.substring(0, 8) + "\"}")
                .post("/api/v1/cases/" + caseId + "/payments").then().statusCode(200);
        as("cc-head").post("/api/v1/cases/" + caseId + "/closure").then().statusCode(200);
        int wording = as("cc-head").body("{\"contact\":\"长春市交通运输综合行政执法支队法制科，0431-80000000\"}")
                .put("/api/v1/document-wordings/CASE_CLOSING_REPORT").then().statusCode(200).extract().path("version");
        issued.put("CASE_CLOSING_REPORT", issue("cc-head", caseId, "CASE_CLOSING_REPORT").getValue());
        as("cc-head").get("/api/v1/cases/" + caseId + "/documents").then()
                .body("find { it.kind == 'CASE_CLOSING_REPORT' }.wordingVersion", equalTo(wording));

        String number = anonymous().get("/public/v1/documents/" + decision.getKey()).then().statusCode(200)
                .body("sha256", equalTo(decision.getValue())).body("agencyName", equalTo("长春市交通运输综合行政执法支队"))
                .extract().path("number");
        assertThat(number).matches("吉长交执罚〔\\d{4}〕第\\d{4,}号");
        String page = anonymous().get("/public/documents/" + decision.getKey()).then().statusCode(200).extract().asString();
        assertThat(page).contains(number).contains(decision.getValue()).doesNotContain("周某");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<Map<String, Object>> evidence = as("cc-officer-1").get("/api/v1/cases/" + caseId + "/evidence").then().statusCode(200)
                    .extract().path("$");
            for (Map.Entry<String, String> document : issued.entrySet()) {
                assertThat(evidence).as(document.getKey()).anySatisfy(e -> {
                    assertThat(e.get("sha256")).isEqualTo(document.getValue());
                    assertThat(e.get("stage")).isEqualTo("DOCUMENT_" + document.getKey());
                });
            }
        });
        as("cc-officer-1").get("/api/v1/cases/" + caseId).then().body("evidenceCount", equalTo(1));
        as("cc-supervisor").get("/api/v1/cases/" + caseId + "/documents").then().statusCode(200).body("kind", hasItem("CASE_CLOSING_REPORT"));
    }
}

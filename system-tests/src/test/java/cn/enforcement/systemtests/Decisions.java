package cn.enforcement.systemtests;

import static cn.enforcement.systemtests.Gateway.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A general case taken through the gateway to a decision, and its decision published as the disclosure admin does it. */
final class Decisions {

    private Decisions() {
    }

    /** Files the case as cc-officer-1 (the filing as JSON), and takes it to a decision of a 3,000 yuan fine. */
    static String decidedCase(String filing) throws Exception {
        List<String> officers = Gateway.demoOfficerCredentials("cc-officer-1", "cc-officer-2");
        String caseId = as("cc-officer-1").body(filing).post("/api/v1/cases").then().statusCode(201).extract().path("caseId");
        as("cc-head").post("/api/v1/cases/" + caseId + "/filing-approval").then().statusCode(200);
        Gateway.uploadEvidence(caseId, "AUDIO_VISUAL", Gateway.JPEG, "image/jpeg", officers.get(0));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("cc-officer-1").get("/api/v1/cases/" + caseId).then()
                .body("evidenceCount", equalTo(1)));
        as("cc-officer-1").body("{\"penalty\":{\"kind\":\"FINE\",\"amount\":3000},\"degree\":3}").post("/api/v1/cases/" + caseId + "/proposal")
                .then().statusCode(200);
        as("cc-officer-1").post("/api/v1/cases/" + caseId + "/notice").then().statusCode(200);
        as("cc-officer-1").body("{\"content\":\"当事人书面放弃陈述申辩\",\"waiveStatementPeriod\":true}")
                .post("/api/v1/cases/" + caseId + "/statements").then().statusCode(200);
        as("cc-head").body("{\"penalty\":{\"kind\":\"FINE\",\"amount\":3000},\"legalBasis\":\"《公路安全保护条例》第六十四条\"}")
                .post("/api/v1/cases/" + caseId + "/decision").then().statusCode(200);
        return caseId;
    }

    /** The disclosure draft of a decided case, once disclosure-service made it. */
    static String draftOf(String caseId) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> as("cc-disclosure").queryParam("caseId", caseId)
                .get("/api/v1/disclosures").then().statusCode(200).extract().<String>path("[0].recordId"), Objects::nonNull);
    }

    /** The head issues the decision's document; answers its number (文号) once the draft has it. */
    static String numbered(String caseId, String record) {
        String number = as("cc-head").body(Map.of("kind", "PENALTY_DECISION")).post("/api/v1/cases/" + caseId + "/documents")
                .then().statusCode(201).extract().path("number");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("cc-disclosure").get("/api/v1/disclosures/" + record).then()
                .body("decisionNumber", equalTo(number)));
        return number;
    }

    /** The admin masks every span the draft still flags, then publishes. */
    static void published(String record) {
        List<String> flagged = as("cc-disclosure").get("/api/v1/disclosures/" + record).then().statusCode(200).extract()
                .path("personalDataFlags.text");
        if (!flagged.isEmpty()) {
            as("cc-disclosure").body(Map.of("phrases", flagged.stream().distinct().toList())).post("/api/v1/disclosures/" + record + "/redactions")
                    .then().statusCode(200);
        }
        as("cc-disclosure").post("/api/v1/disclosures/" + record + "/publication").then().statusCode(200).body("status", equalTo("PUBLISHED"));
    }
}

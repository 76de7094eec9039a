package cn.enforcement.evidence.api;

import static cn.enforcement.evidence.api.EvidenceWorld.as;
import static cn.enforcement.evidence.api.EvidenceWorld.filedCase;
import static cn.enforcement.evidence.api.EvidenceWorld.png;
import static cn.enforcement.platform.testing.DemoRealm.tokenOf;
import static cn.enforcement.platform.testing.CloudEventRecords.event;
import static cn.enforcement.platform.testing.CloudEventRecords.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import cn.enforcement.platform.testing.KafkaRecords;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who may do what with a Changchun case's evidence (agency 220100001, region 220100). */
@QuarkusTest
class EvidenceAccessTest {

    private static final String REVIEW_TOPIC = "test.enforcement.review.v1";

    @TestHTTPResource("/")
    URL base;

    private String evidenceOfANewCase() throws Exception {
        String caseId = filedCase(Instant.now());
        HttpResponse<String> uploaded = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "api/v1/cases/" + caseId
                        + "/evidence?kind=PHYSICAL&stage=ON_SITE_INSPECTION&recordedAt=2026-11-21T09:30:00Z&recordedBy=22010026000001"))
                .header("Authorization", "Bearer " + tokenOf("cc-officer-1")).POST(HttpRequest.BodyPublishers.ofByteArray(png(2048))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        return uploaded.headers().firstValue("Location").orElseThrow().replace("/api/v1/evidence/", "");
    }

    @Test
    void supervisorsReadWithinTheirRegionOnly() throws Exception {
        String evidenceId = evidenceOfANewCase();
        as("cc-supervisor").get("/api/v1/evidence/" + evidenceId).then().statusCode(200);
        as("province-supervisor").get("/api/v1/evidence/" + evidenceId).then().statusCode(200);
        as("jl-supervisor").get("/api/v1/evidence/" + evidenceId).then().statusCode(404).body("code", equalTo("EVIDENCE_NOT_FOUND"));
        as("jl-supervisor").get("/api/v1/evidence/no-such-evidence").then().statusCode(404).body("code", equalTo("EVIDENCE_NOT_FOUND"));
    }

    @Test
    void officersOfAnotherAgencyReadNothingOfIt() throws Exception {
        String evidenceId = evidenceOfANewCase();
        as("jl-officer-1").get("/api/v1/evidence/" + evidenceId).then().statusCode(404).body("code", equalTo("EVIDENCE_NOT_FOUND"));
        as("jl-officer-1").get("/api/v1/evidence/" + evidenceId + "/content").then().statusCode(404).body("code", equalTo("EVIDENCE_NOT_FOUND"));
    }

    @Test
    void anEvaluatorOfAnotherAgencyReadsTheEvidenceOfAFileDrawnForThemUntilTheyHaveScoredIt() throws Exception {
        String evidenceId = evidenceOfANewCase();
        String caseId = as("cc-officer-1").get("/api/v1/evidence/" + evidenceId).then().extract().path("caseId");
        String roundId = UUID.randomUUID().toString();
        as("jl-legal").get("/api/v1/evidence/" + evidenceId).then().statusCode(404);
        KafkaRecords.send(event(REVIEW_TOPIC, newId(), "enforcement.review.CaseFileDrawnForEvaluation.v1", caseId, """
                {"roundId":"%s","caseId":"%s","caseNumber":"220100001-2026-000001","agencyCode":"220100001","regionCode":"220100",
                 "evaluator":"jl-legal","evaluatorAgency":"220200001","at":"%s"}""".formatted(roundId, caseId, Instant.now())));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("jl-legal").get("/api/v1/cases/" + caseId + "/evidence").then()
                .statusCode(200));
        as("jl-legal").get("/api/v1/evidence/" + evidenceId + "/content").then().statusCode(200);
        as("jl-head").get("/api/v1/evidence/" + evidenceId).then().statusCode(404);
        KafkaRecords.send(event(REVIEW_TOPIC, newId(), "enforcement.review.CaseFileEvaluated.v1", caseId, """
                {"roundId":"%s","caseId":"%s","caseNumber":"220100001-2026-000001","agencyCode":"220100001","regionCode":"220100",
                 "score":75,"grade":"PASS","typical":false,"at":"%s"}""".formatted(roundId, caseId, Instant.now())));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("jl-legal").get("/api/v1/evidence/" + evidenceId).then()
                .statusCode(404));
    }

    @Test
    void onlyTheAgencysEvidenceCustodianPlacesAHold() throws Exception {
        String evidenceId = evidenceOfANewCase();
        as("cc-officer-1").contentType("application/json").body("{\"reason\":\"保全\"}").post("/api/v1/evidence/" + evidenceId + "/hold")
                .then().statusCode(403);
        as("jl-custodian").contentType("application/json").body("{\"reason\":\"保全\"}").post("/api/v1/evidence/" + evidenceId + "/hold")
                .then().statusCode(404).body("code", equalTo("EVIDENCE_NOT_FOUND"));
        as("cc-custodian").contentType("application/json").body("{\"reason\":\"保全\"}").post("/api/v1/evidence/" + evidenceId + "/hold")
                .then().statusCode(200).body("legalHold", equalTo(true));
    }
}

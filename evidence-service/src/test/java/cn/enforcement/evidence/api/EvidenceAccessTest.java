package cn.enforcement.evidence.api;

import static cn.enforcement.evidence.api.EvidenceWorld.as;
import static cn.enforcement.evidence.api.EvidenceWorld.filedCase;
import static cn.enforcement.evidence.api.EvidenceWorld.png;
import static cn.enforcement.platform.testing.DemoRealm.tokenOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Who may do what with a Changchun case's evidence (agency 220100001, region 220100). */
@QuarkusTest
class EvidenceAccessTest {

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

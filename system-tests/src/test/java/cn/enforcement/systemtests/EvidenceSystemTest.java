package cn.enforcement.systemtests;

import static cn.enforcement.platform.testing.DemoRealm.tokenOf;
import static cn.enforcement.platform.testing.DemoRealm.tokenOfClient;
import static cn.enforcement.platform.testing.TestIdentities.newResidentIdNumber;
import static cn.enforcement.systemtests.Gateway.anonymous;
import static cn.enforcement.systemtests.Gateway.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Evidence through the gateway: uploaded to a case, it lifts case-service's "no notice before evidence". */
@ExtendWith(PlatformUnderTest.class)
class EvidenceSystemTest {

    private static List<String> officers;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void officers() {
        officers = List.of("cc-officer-1", "cc-officer-2").stream().map(login -> {
            List<Map<String, Object>> own = as(login).get("/api/v1/officers").then().statusCode(200).extract().path("officers");
            if (!own.isEmpty() && own.get(0).get("credentialInForce") != null) {
                return (String) own.get(0).get("credentialInForce");
            }
            String officerId = as("cc-personnel").body("""
                            {"name":"%s","gender":"MALE","idNumber":"%s","agencyCode":"220100001","regionCode":"220100",
                             "post":"执法科员","enforcementFields":["ROAD_ADMINISTRATION"],"username":"%s"}"""
                            .formatted(login, newResidentIdNumber(), login))
                    .post("/api/v1/officers").then().statusCode(201).extract().path("officerId");
            return Gateway.issueCredential("cc-personnel", officerId);
        }).toList();
        for (String credential : officers) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("cc-officer-1")
                    .get("/api/v1/officer-credentials/" + credential).then().statusCode(200));
        }
    }

    @Test
    void evidenceUploadedThroughTheGatewayLiftsTheNoNoticeBeforeEvidenceGuard() throws Exception {
        String caseId = as("cc-officer-1").body("""
                        {"procedure":"GENERAL","source":"INSPECTION","partyType":"INDIVIDUAL","partyName":"赵某","partyIdentifier":"%s",
                         "violationItems":["RA-01"],"occurredOn":"%s","harmedLifeHealthOrFinance":false,"place":"珲乌高速",
                         "facts":"超限运输","handlingCredentials":["%s","%s"]}"""
                        .formatted(newResidentIdNumber(), LocalDate.now().minusDays(1), officers.get(0), officers.get(1)))
                .post("/api/v1/cases").then().statusCode(201).extract().path("caseId");
        as("cc-head").post("/api/v1/cases/" + caseId + "/filing-approval").then().statusCode(200);
        as("cc-officer-1").body("{\"penalty\":{\"kind\":\"FINE\",\"amount\":3000},\"degree\":3}").post("/api/v1/cases/" + caseId + "/proposal")
                .then().statusCode(200);
        as("cc-officer-1").post("/api/v1/cases/" + caseId + "/notice").then().statusCode(409).body("code", equalTo("NO_EVIDENCE_RECORDED"));

        byte[] photo = new byte[64 * 1024];
        System.arraycopy(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0 }, 0, photo, 0, 11);
        String uri = PlatformUnderTest.GATEWAY + "/api/v1/cases/" + caseId + "/evidence?kind=AUDIO_VISUAL&stage=ON_SITE_INSPECTION"
                + "&recordedAt=" + Instant.now() + "&recordedBy=" + officers.get(0) + "&deviceId=BWC-0042";
        HttpResponse<String> uploaded = await().atMost(Duration.ofSeconds(60)).until(() -> HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(URI.create(uri))
                        .header("Authorization", "Bearer " + tokenOf("cc-officer-1")).header("Content-Type", "image/jpeg")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(photo)).build(), HttpResponse.BodyHandlers.ofString()),
                response -> response.statusCode() != 404);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        assertThat(uploaded.body()).contains("\"contentType\":\"image/jpeg\"");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("cc-officer-1").get("/api/v1/cases/" + caseId)
                .then().body("evidenceCount", greaterThan(0)));
        as("cc-officer-1").post("/api/v1/cases/" + caseId + "/notice").then().statusCode(200).body("status", equalTo("NOTIFIED"));
        as("cc-officer-1").get("/api/v1/cases/" + caseId + "/recording-checklist").then().statusCode(200)
                .body("find { it.stage == 'ON_SITE_INSPECTION' }.satisfied", equalTo(true));
    }

    @Test
    void theJudicialPartnerReadsOnlyPackagesAndAnonymousCallersNothing() {
        anonymous().get("/api/v1/evidence/any").then().statusCode(401);
        anonymous().auth().oauth2(tokenOfClient("judicial-partner")).get("/api/v1/evidence/any").then().statusCode(403);
        anonymous().auth().oauth2(tokenOfClient("judicial-partner")).get("/api/v1/evidence-packages?caseId=none")
                .then().statusCode(200).body("$", org.hamcrest.Matchers.empty());
    }
}

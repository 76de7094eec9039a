package cn.enforcement.systemtests;

import static cn.enforcement.platform.testing.DemoRealm.tokenOf;
import static cn.enforcement.platform.testing.DemoRealm.tokenOfClient;
import static cn.enforcement.systemtests.Gateway.anonymous;
import static cn.enforcement.systemtests.Gateway.CSV;
import static cn.enforcement.systemtests.Gateway.JPEG;
import static cn.enforcement.systemtests.Gateway.PDF;
import static cn.enforcement.systemtests.Gateway.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import cn.enforcement.platform.testing.DemoRealm;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Evidence through the gateway: recorded, verified, held and packaged; it lifts case-service's "no notice before evidence". */
@ExtendWith(PlatformUnderTest.class)
class EvidenceSystemTest {

    private static List<String> officers;

    @BeforeAll
    static void officers() {
        officers = Gateway.demoOfficerCredentials("cc-officer-1", "cc-officer-2");
    }

    @Test
    void evidenceUploadedThroughTheGatewayLiftsTheNoNoticeBeforeEvidenceGuard() throws Exception {
        String caseId = filedCase();
        as("cc-officer-1").body("{\"penalty\":{\"kind\":\"FINE\",\"amount\":3000},\"degree\":3}").post("/api/v1/cases/" + caseId + "/proposal")
                .then().statusCode(200);
        as("cc-officer-1").post("/api/v1/cases/" + caseId + "/notice").then().statusCode(409).body("code", equalTo("NO_EVIDENCE_RECORDED"));

        uploadPhoto(caseId);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("cc-officer-1").get("/api/v1/cases/" + caseId)
                .then().body("evidenceCount", greaterThan(0)));
        as("cc-officer-1").post("/api/v1/cases/" + caseId + "/notice").then().statusCode(200).body("status", equalTo("NOTIFIED"));
        as("cc-officer-1").get("/api/v1/cases/" + caseId + "/recording-checklist").then().statusCode(200)
                .body("find { it.stage == 'ON_SITE_INSPECTION' }.satisfied", equalTo(true));
    }

    /** A photo streamed through the gateway, once evidence-service has learnt of the case. */
    private String uploadPhoto(String caseId) throws Exception {
        return upload(caseId, "AUDIO_VISUAL", JPEG, "image/jpeg");
    }

    private String upload(String caseId, String kind, byte[] head, String expectedType) throws Exception {
        return Gateway.uploadEvidence(caseId, kind, head, expectedType, officers.get(0));
    }

    /**
     * The whole life through the gateway: evidence of every kind of PL 46 streamed, a video sent to
     * storage by the README's example client (interrupted after its first part and resumed), all
     * verified, one held, the case transferred, and the sealed package read by the judicial partner.
     */
    @Test
    void evidenceOfEveryKindIsRecordedVerifiedHeldAndPackagedThroughTheGateway(@TempDir Path directory) throws Exception {
        String caseId = filedCase();
        List<String> streamed = List.of(
                upload(caseId, "DOCUMENTARY", PDF, "application/pdf"),
                upload(caseId, "PHYSICAL", JPEG, "image/jpeg"),
                uploadPhoto(caseId),
                upload(caseId, "ELECTRONIC_DATA", CSV, "text/plain"),
                upload(caseId, "WITNESS_TESTIMONY", PDF, "application/pdf"),
                upload(caseId, "PARTY_STATEMENT", PDF, "application/pdf"),
                upload(caseId, "EXPERT_OPINION", PDF, "application/pdf"),
                upload(caseId, "INSPECTION_RECORD", PDF, "application/pdf"));

        Path video = directory.resolve("bodycam-0042.mp4");
        byte[] bytes = new byte[9 << 20];
        System.arraycopy(new byte[] { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2' }, 0, bytes, 0, 12);
        for (int i = 12; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 131);
        }
        Files.write(video, bytes);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        // the phone started the upload and sent the first 8 MiB part before its connection broke
        Map<String, Object> started = as("cc-officer-1").body(Map.of("kind", "AUDIO_VISUAL", "stage", "HEARING",
                        "recordedAt", Instant.now().toString(), "recordedBy", officers.get(0), "sha256", sha256, "sizeBytes", bytes.length,
                        "parts", 2, "partSize", 8 << 20))
                .post("/api/v1/cases/" + caseId + "/evidence-uploads").then().statusCode(201).extract().as(Map.class);
        @SuppressWarnings("unchecked")
        String firstPartUrl = ((List<String>) started.get("partUrls")).get(0);
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(firstPartUrl))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes, 0, 8 << 20)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode()).isEqualTo(200);
        Files.writeString(directory.resolve("bodycam-0042.mp4.upload"), (String) started.get("uploadId"));

        ProcessBuilder example = new ProcessBuilder(PlatformUnderTest.javaBinary(),
                DemoRealm.repositoryRoot().resolve("examples/PresignedUpload.java").toString(), caseId, video.toString(), "HEARING")
                .redirectErrorStream(true);
        example.environment().putAll(Map.of("GATEWAY", PlatformUnderTest.GATEWAY, "TOKEN", tokenOf("cc-officer-1"),
                "RECORDED_BY", officers.get(0)));
        Process client = example.start();
        String printed = new String(client.getInputStream().readAllBytes());
        assertThat(client.waitFor()).as(printed).isZero();
        assertThat(printed).contains("resuming: 1 of 2 parts already stored").contains("\"sha256\":\"" + sha256 + "\"");
        assertThat(directory.resolve("bodycam-0042.mp4.upload")).doesNotExist();
        String videoId = (String) started.get("evidenceId");

        List<String> all = new ArrayList<>(streamed);
        all.add(videoId);
        for (String evidenceId : all) {
            as("cc-officer-1").post("/api/v1/evidence/" + evidenceId + "/verification").then().statusCode(200).body("intact", equalTo(true));
        }
        as("cc-custodian").body(Map.of("reason", "移送司法机关前保全")).post("/api/v1/evidence/" + videoId + "/hold")
                .then().statusCode(200).body("legalHold", equalTo(true));
        as("cc-officer-1").get("/api/v1/evidence/" + videoId + "/custody").then().statusCode(200)
                .body("action", contains("INTAKE", "VERIFY", "HOLD"));

        Gateway.transferToChangchunPolice(caseId);
        String packageId = await().atMost(Duration.ofSeconds(60)).until(() -> {
            List<String> ids = anonymous().auth().oauth2(tokenOfClient("judicial-partner"))
                    .get("/api/v1/evidence-packages?caseId=" + caseId).then().statusCode(200).extract().path("$");
            return ids.isEmpty() ? null : ids.get(0);
        }, id -> id != null);
        anonymous().auth().oauth2(tokenOfClient("judicial-partner")).get("/api/v1/evidence-packages/" + packageId).then().statusCode(200)
                .body("manifest.evidenceId", containsInAnyOrder(all.toArray()))
                .body("manifest.kind.unique()", containsInAnyOrder("DOCUMENTARY", "PHYSICAL", "AUDIO_VISUAL", "ELECTRONIC_DATA",
                        "WITNESS_TESTIMONY", "PARTY_STATEMENT", "EXPERT_OPINION", "INSPECTION_RECORD"))
                .body("manifest.find { it.evidenceId == '" + videoId + "' }.sha256", equalTo(sha256))
                .body("links.evidenceId", containsInAnyOrder(all.toArray()));
    }

    private String filedCase() {
        return Gateway.fileApprovedGeneralCase(officers);
    }

    /** A case with evidence but no transfer: its officers see the evidence, the judicial partner neither it nor a package. */
    @Test
    void theJudicialPartnerReadsOnlyPackagesAndAnonymousCallersNothing() throws Exception {
        String caseId = filedCase();
        String evidenceId = uploadPhoto(caseId);
        as("cc-officer-1").get("/api/v1/evidence/" + evidenceId).then().statusCode(200);
        anonymous().get("/api/v1/evidence/" + evidenceId).then().statusCode(401);
        anonymous().auth().oauth2(tokenOfClient("judicial-partner")).get("/api/v1/evidence/" + evidenceId).then().statusCode(403);
        anonymous().auth().oauth2(tokenOfClient("judicial-partner")).get("/api/v1/evidence-packages?caseId=" + caseId)
                .then().statusCode(200).body("$", org.hamcrest.Matchers.empty());
    }
}

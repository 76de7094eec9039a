package cn.enforcement.evidence.api;

import static cn.enforcement.evidence.api.EvidenceWorld.as;
import static cn.enforcement.evidence.api.EvidenceWorld.alterInStore;
import static cn.enforcement.evidence.api.EvidenceWorld.filedCase;
import static cn.enforcement.evidence.api.EvidenceWorld.mp4;
import static cn.enforcement.evidence.api.EvidenceWorld.objectsInStore;
import static cn.enforcement.evidence.api.EvidenceWorld.png;
import static cn.enforcement.platform.testing.CloudEventRecords.header;
import static cn.enforcement.platform.testing.DemoRealm.tokenOf;
import static cn.enforcement.platform.testing.DemoRealm.tokenOfClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import cn.enforcement.evidence.jobs.RecordingAlerts;
import cn.enforcement.platform.testing.KafkaRecords;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Intake, custody and integrity against the real local S3 store, PostgreSQL and Kafka. */
@QuarkusTest
class EvidenceIntakeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    @Inject
    EntityManager entityManager;

    @Inject
    RecordingAlerts recordingAlerts;

    private static String sha256(InputStream in) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[1 << 16];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            digest.update(buffer, 0, read);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String query(String kind, String stage) {
        return "?kind=" + kind + "&stage=" + stage + "&recordedAt=" + Instant.now() + "&recordedBy=22010026000001&deviceId=BWC-0042";
    }

    private HttpResponse<String> upload(String caseId, String kind, String stage, HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/cases/" + caseId + "/evidence" + query(kind, stage)))
                .header("Authorization", "Bearer " + tokenOf("cc-officer-1")).header("Content-Type", "application/octet-stream")
                .POST(body).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String uploadPhoto(String caseId, String stage) throws Exception {
        HttpResponse<String> response = upload(caseId, "AUDIO_VISUAL", stage, HttpRequest.BodyPublishers.ofByteArray(png(4096)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).path("evidenceId").asText();
    }

    @Test
    void aPhotoIsTakenInWithItsHashSniffedTypeAndAnEventCaseServiceConsumes() throws Exception {
        String caseId = filedCase(Instant.now());
        byte[] photo = png(4096);
        HttpResponse<String> response = upload(caseId, "AUDIO_VISUAL", "ON_SITE_INSPECTION", HttpRequest.BodyPublishers.ofByteArray(photo));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode evidence = JSON.readTree(response.body());
        assertThat(evidence.path("sha256").asText()).isEqualTo(sha256(new ByteArrayInputStream(photo)));
        assertThat(evidence.path("contentType").asText()).isEqualTo("image/png");
        assertThat(evidence.path("sizeBytes").asLong()).isEqualTo(4096);

        String evidenceId = evidence.path("evidenceId").asText();
        List<ConsumerRecord<String, String>> events = KafkaRecords.readUntil("test.enforcement.evidence.v1",
                r -> r.value().contains(evidenceId), r -> r.value().contains(evidenceId), Duration.ofSeconds(30));
        assertThat(header(events.get(0), "ce_type")).contains("enforcement.evidence.EvidenceRecorded.v1");
        assertThat(events.get(0).key()).isEqualTo(caseId);
    }

    @Test
    void anEmptyRecordingOrMetadataLongerThanKeptAreRefusedBeforeAnythingIsStored() throws Exception {
        String caseId = filedCase(Instant.now());
        HttpResponse<String> empty = upload(caseId, "AUDIO_VISUAL", "ON_SITE_INSPECTION", HttpRequest.BodyPublishers.noBody());
        assertThat(empty.statusCode()).as(empty.body()).isEqualTo(422);
        assertThat(empty.body()).contains("EVIDENCE_EMPTY");
        HttpResponse<String> longStage = upload(caseId, "AUDIO_VISUAL", "S".repeat(41), HttpRequest.BodyPublishers.ofByteArray(png(4096)));
        assertThat(longStage.statusCode()).as(longStage.body()).isEqualTo(400);
        assertThat(longStage.body()).contains("EVIDENCE_METADATA_INVALID");
        for (String instant : new String[] { "%2B1000000000-12-31T23:59:59Z", "-1000000000-01-01T00:00:00Z", "1899-12-31T00:00:00Z" }) {
            HttpRequest outOfRange = HttpRequest.newBuilder(URI.create(base + "api/v1/cases/" + caseId + "/evidence"
                    + query("AUDIO_VISUAL", "ON_SITE_INSPECTION").replaceFirst("recordedAt=[^&]+", "recordedAt=" + instant)))
                    .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + tokenOf("cc-officer-1"))
                    .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(png(4096))).build();
            HttpResponse<String> refused = HttpClient.newHttpClient().send(outOfRange, HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(instant + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
        }
        assertThat(objectsInStore(caseId)).isEmpty();
    }

    @Test
    void anUploadLargerThanTheWholeHeapStreamsThrough() throws Exception {
        long size = 320L << 20;
        assertThat(Runtime.getRuntime().maxMemory()).as("the test JVM's heap (service and test alike) is capped below the upload")
                .isLessThan(size);
        String caseId = filedCase(Instant.now());
        HttpResponse<String> response = upload(caseId, "AUDIO_VISUAL", "ON_SITE_INSPECTION",
                HttpRequest.BodyPublishers.ofInputStream(() -> mp4(size)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode evidence = JSON.readTree(response.body());
        assertThat(evidence.path("sizeBytes").asLong()).isEqualTo(size);
        assertThat(evidence.path("contentType").asText()).isEqualTo("video/mp4");
        assertThat(evidence.path("sha256").asText()).isEqualTo(sha256(mp4(size)));
    }

    @Test
    void theBytesNotTheClaimDecideTheTypeAndAWrongKindIsRefused() throws Exception {
        String caseId = filedCase(Instant.now());
        byte[] executable = new byte[2048];
        executable[0] = 'M';
        executable[1] = 'Z';
        HttpResponse<String> response = upload(caseId, "AUDIO_VISUAL", "ON_SITE_INSPECTION", HttpRequest.BodyPublishers.ofByteArray(executable));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("CONTENT_TYPE_NOT_ALLOWED");
        assertThat(upload(caseId, "EXPERT_OPINION", "INVESTIGATION", HttpRequest.BodyPublishers.ofByteArray(png(1024))).statusCode())
                .isEqualTo(201);
    }

    @Test
    void anUnknownCaseOrAnotherAgencyTakesNoEvidence() throws Exception {
        assertThat(upload("no-such-case", "AUDIO_VISUAL", "ON_SITE_INSPECTION", HttpRequest.BodyPublishers.ofByteArray(png(100))).statusCode())
                .isEqualTo(404);
        String caseId = filedCase(Instant.now());
        as("jl-officer-1").contentType("application/octet-stream").body(png(100))
                .post("/api/v1/cases/" + caseId + "/evidence" + query("AUDIO_VISUAL", "ON_SITE_INSPECTION")).then().statusCode(403);
    }

    @Test
    void aPresignedMultipartUploadIsRegisteredOnlyWhenItsHashIsAsDeclared() throws Exception {
        String caseId = filedCase(Instant.now());
        int partSize = 5 << 20;
        byte[] file = new byte[partSize + 1024];
        System.arraycopy(png(8), 0, file, 0, 8);
        String declared = sha256(new ByteArrayInputStream(file));
        String honest = startAndSendParts(caseId, file, partSize, declared);
        assertThat(honest).startsWith("201");

        String lying = startAndSendParts(caseId, file, partSize, "0".repeat(64));
        assertThat(lying).startsWith("422").contains("HASH_MISMATCH");
    }

    /** Starts an upload, PUTs each part to its presigned URL as a mobile client would, completes it. */
    private String startAndSendParts(String caseId, byte[] file, int partSize, String declaredSha256) throws Exception {
        String started = as("cc-officer-1").contentType("application/json").body("""
                        {"kind":"AUDIO_VISUAL","stage":"ON_SITE_INSPECTION","recordedAt":"%s","recordedBy":"22010026000001",
                         "sha256":"%s","sizeBytes":%d,"parts":2,"partSize":%d}""".formatted(Instant.now(), declaredSha256, file.length,
                        partSize))
                .post("/api/v1/cases/" + caseId + "/evidence-uploads").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/cases/" + caseId + "/evidence-uploads/"))
                .extract().asString();
        JsonNode upload = JSON.readTree(started);
        HttpClient http = HttpClient.newHttpClient();
        List<Map<String, Object>> parts = new ArrayList<>();
        for (int part = 0; part < 2; part++) {
            int from = part * partSize;
            int to = Math.min(file.length, from + partSize);
            HttpResponse<Void> put = http.send(HttpRequest.newBuilder(URI.create(upload.path("partUrls").path(part).asText()))
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(file, from, to - from)).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(put.statusCode()).isEqualTo(200);
            parts.add(Map.of("partNumber", part + 1, "etag", put.headers().firstValue("ETag").orElseThrow().replace("\"", "")));
        }
        var completed = as("cc-officer-1").contentType("application/json").body(Map.of("parts", parts))
                .post("/api/v1/cases/" + caseId + "/evidence-uploads/" + upload.path("uploadId").asText() + "/completion");
        return completed.statusCode() + " " + completed.asString();
    }

    @Test
    void anObjectAlteredInTheStoreIsDetectedAndReported() throws Exception {
        String caseId = filedCase(Instant.now());
        String evidenceId = uploadPhoto(caseId, "ON_SITE_INSPECTION");
        as("cc-officer-1").post("/api/v1/evidence/" + evidenceId + "/verification").then().statusCode(200).body("intact", equalTo(true));

        byte[] altered = png(4096);
        altered[100] ^= 1;
        alterInStore(caseId, evidenceId, altered);

        as("cc-officer-1").post("/api/v1/evidence/" + evidenceId + "/verification").then().statusCode(200).body("intact", equalTo(false));
        List<ConsumerRecord<String, String>> events = KafkaRecords.readUntil("test.enforcement.evidence.v1",
                r -> r.value().contains(evidenceId) && header(r, "ce_type").orElse("").contains("IntegrityFailed"),
                r -> r.value().contains(evidenceId) && header(r, "ce_type").orElse("").contains("IntegrityFailed"), Duration.ofSeconds(30));
        assertThat(events).hasSize(1);
    }

    @Test
    void everyAccessIsACustodyLinkAndATamperedLinkIsDetected() throws Exception {
        String caseId = filedCase(Instant.now());
        String evidenceId = uploadPhoto(caseId, "ON_SITE_INSPECTION");
        as("cc-officer-1").get("/api/v1/evidence/" + evidenceId).then().statusCode(200);
        as("cc-officer-1").get("/api/v1/evidence/" + evidenceId + "/content").then().statusCode(200).contentType("image/png");
        as("cc-officer-1").get("/api/v1/evidence/" + evidenceId + "/download-url").then().statusCode(200);
        as("cc-officer-1").get("/api/v1/evidence/" + evidenceId + "/custody").then()
                .body("action", contains("INTAKE", "VIEW", "DOWNLOAD", "SHARE"));
        as("cc-officer-1").get("/api/v1/evidence/" + evidenceId + "/custody/verification").then().body("intact", equalTo(true));

        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update custody_link set actor = 'nobody' where evidence_id = ?1 and sequence = 2").setParameter(1, evidenceId).executeUpdate());
        as("cc-officer-1").get("/api/v1/evidence/" + evidenceId + "/custody/verification").then()
                .body("intact", equalTo(false)).body("brokenAt", equalTo(2));
    }

    @Test
    void evidenceUnderHoldOrOfAnOpenCaseIsNotDeleted() throws Exception {
        String caseId = filedCase(Instant.now());
        String evidenceId = uploadPhoto(caseId, "ON_SITE_INSPECTION");
        as("cc-officer-1").delete("/api/v1/evidence/" + evidenceId).then().statusCode(403);
        as("cc-custodian").contentType("text/plain").body("{\"reason\":\"复议期间保全\"}").post("/api/v1/evidence/" + evidenceId + "/hold")
                .then().statusCode(415).body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        as("cc-custodian").contentType("application/json").body("{\"reason\":\"复议期间保全\"}").post("/api/v1/evidence/" + evidenceId + "/hold")
                .then().statusCode(200).body("legalHold", equalTo(true));
        as("cc-custodian").delete("/api/v1/evidence/" + evidenceId).then().statusCode(409).body("code", equalTo("EVIDENCE_OF_OPEN_CASE"));
        as("cc-custodian").contentType("application/json").body("{\"reason\":\"复议结束\"}").post("/api/v1/evidence/" + evidenceId + "/release")
                .then().statusCode(200).body("legalHold", equalTo(false));
    }

    @Test
    void theRecordingChecklistShowsMissingStagesAndAlertsOnce() throws Exception {
        String caseId = filedCase(Instant.now().minus(Duration.ofDays(2)));
        as("cc-officer-1").get("/api/v1/cases/" + caseId + "/recording-checklist").then().statusCode(200)
                .body("find { it.stage == 'ON_SITE_INSPECTION' }.satisfied", equalTo(false))
                .body("find { it.stage == 'ON_SITE_INSPECTION' }.overdue", equalTo(true));
        recordingAlerts.raiseAlerts();
        recordingAlerts.raiseAlerts();
        List<ConsumerRecord<String, String>> alerts = KafkaRecords.readUntil("test.enforcement.evidence.v1",
                r -> caseId.equals(r.key()) && header(r, "ce_type").orElse("").contains("RecordingMissing"),
                r -> caseId.equals(r.key()) && header(r, "ce_type").orElse("").contains("RecordingMissing"), Duration.ofSeconds(30));
        assertThat(alerts).hasSize(1);

        uploadPhoto(caseId, "ON_SITE_INSPECTION");
        as("cc-officer-1").get("/api/v1/cases/" + caseId + "/recording-checklist").then()
                .body("find { it.stage == 'ON_SITE_INSPECTION' }.satisfied", equalTo(true));
    }

    @Test
    void aTransferSealsAPackageOnlyItsReceiverItsProcuratorateAndTheAgencyRead() throws Exception {
        String caseId = filedCase(Instant.now());
        String evidenceId = uploadPhoto(caseId, "ON_SITE_INSPECTION");
        EvidenceWorld.transferred(caseId);
        String packageId = await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<String> ids = io.restassured.RestAssured.given().auth().oauth2(tokenOfClient("judicial-partner"))
                    .get("/api/v1/evidence-packages?caseId=" + caseId).then().statusCode(200).extract().path("$");
            return ids.isEmpty() ? null : ids.get(0);
        }, id -> id != null);

        io.restassured.RestAssured.given().auth().oauth2(tokenOfClient("judicial-partner")).get("/api/v1/evidence-packages/" + packageId)
                .then().statusCode(200).body("manifest", hasSize(1)).body("manifest[0].evidenceId", equalTo(evidenceId))
                .body("links.evidenceId", hasItem(evidenceId));
        as("jl-officer-1").get("/api/v1/evidence-packages/" + packageId).then().statusCode(403);
        io.restassured.RestAssured.given().auth().oauth2(tokenOfClient("changchun-procuratorate"))
                .get("/api/v1/evidence-packages/" + packageId).then().statusCode(200);
        io.restassured.RestAssured.given().auth().oauth2(tokenOfClient("jilin-police"))
                .get("/api/v1/evidence-packages/" + packageId).then().statusCode(403);
        io.restassured.RestAssured.given().auth().oauth2(tokenOfClient("jilin-police"))
                .get("/api/v1/evidence-packages?caseId=" + caseId).then().statusCode(200).body("$", org.hamcrest.Matchers.empty());
        as("cc-officer-1").get("/api/v1/evidence/" + evidenceId + "/custody").then().body("action", hasItem("PACKAGE"));
    }
}

package cn.enforcement.evidence.api;

import static cn.enforcement.evidence.api.EvidenceWorld.as;
import static cn.enforcement.evidence.api.EvidenceWorld.filedCase;
import static cn.enforcement.evidence.api.EvidenceWorld.objectsInStore;
import static cn.enforcement.evidence.api.EvidenceWorld.png;
import static cn.enforcement.platform.testing.DemoRealm.tokenOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.enforcement.evidence.domain.intake.PresignedUploads;
import cn.enforcement.evidence.domain.store.EvidenceStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minio.errors.ErrorResponseException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/**
 * A phone's connection breaks: a streamed upload retried with its Idempotency-Key is taken in once,
 * a presigned upload resumes with fresh URLs for the parts still missing, and one never finished is
 * given up. Against the real local S3 store and PostgreSQL.
 */
@QuarkusTest
class UploadRetryAndResumptionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int PART = 5 << 20;

    @TestHTTPResource("/")
    URL base;

    @Inject
    PresignedUploads uploads;

    @Inject
    EvidenceStore store;

    @Inject
    EntityManager entityManager;

    private HttpResponse<String> upload(String caseId, String stage, String idempotencyKey) throws Exception {
        String query = "?kind=AUDIO_VISUAL&stage=" + stage + "&recordedAt=2026-11-21T09:30:00Z&recordedBy=22010026000001";
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/v1/cases/" + caseId + "/evidence" + query))
                .header("Authorization", "Bearer " + tokenOf("cc-officer-1")).header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(png(4096))).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRetriedStreamedUploadIsTakenInOnceAndItsKeyServesNoOtherUpload() throws Exception {
        String caseId = filedCase(Instant.now());
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = upload(caseId, "ON_SITE_INSPECTION", key);
        HttpResponse<String> retry = upload(caseId, "ON_SITE_INSPECTION", key);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(JSON.readTree(retry.body()).path("evidenceId").asText()).isEqualTo(JSON.readTree(first.body()).path("evidenceId").asText());
        assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        as("cc-officer-1").get("/api/v1/cases/" + caseId + "/evidence").then().body("$", hasSize(1));

        HttpResponse<String> otherUpload = upload(caseId, "HEARING", key);
        assertThat(otherUpload.statusCode()).isEqualTo(422);
        assertThat(otherUpload.body()).contains("IDEMPOTENCY_KEY_REUSED");
        as("cc-officer-1").get("/api/v1/cases/" + caseId + "/evidence").then().body("$", hasSize(1));
    }

    @Test
    void aStreamedUploadThatBreaksOffLeavesNothingBehind() throws Exception {
        String caseId = filedCase(Instant.now());
        String head = "POST /api/v1/cases/" + caseId + "/evidence?kind=AUDIO_VISUAL&stage=ON_SITE_INSPECTION"
                + "&recordedAt=2026-11-21T09:30:00Z&recordedBy=22010026000001 HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + tokenOf("cc-officer-1") + "\r\nContent-Length: " + (4 << 20) + "\r\n\r\n";
        try (Socket phone = new Socket(base.getHost(), base.getPort())) {
            phone.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            phone.getOutputStream().write(png(1 << 20));
            phone.shutdownOutput();
            // the service notices the break and closes its side
            phone.setSoTimeout(30_000);
            phone.getInputStream().readAllBytes();
        }

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            as("cc-officer-1").get("/api/v1/cases/" + caseId + "/evidence").then().body("$", hasSize(0));
            assertThat(objectsInStore(caseId)).isEmpty();
        });
    }

    @Test
    void anInterruptedPresignedUploadResumesWithTheMissingPartsOnly() throws Exception {
        Interrupted upload = startedAndFirstPartSent();
        String caseId = upload.caseId();
        String uploadId = upload.uploadId();
        byte[] file = upload.file();
        String firstEtag = upload.firstEtag();

        JsonNode progress = JSON.readTree(as("cc-officer-1").get("/api/v1/cases/" + caseId + "/evidence-uploads/" + uploadId)
                .then().statusCode(200).extract().asString());
        assertThat(progress.path("uploaded")).hasSize(1);
        assertThat(progress.path("uploaded").path(0).path("partNumber").asInt()).isEqualTo(1);
        assertThat(progress.path("uploaded").path(0).path("etag").asText()).isEqualTo(firstEtag);
        assertThat(progress.path("uploaded").path(0).path("sizeBytes").asLong()).isEqualTo(PART);
        assertThat(progress.path("missing")).hasSize(1);
        assertThat(progress.path("missing").path(0).path("partNumber").asInt()).isEqualTo(2);
        assertThat(progress.path("missing").path(0).path("sizeBytes").asLong()).isEqualTo(file.length - PART);

        HttpResponse<Void> tooLong = HTTP.send(HttpRequest.newBuilder(URI.create(progress.path("missing").path(0).path("url").asText()))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(file, 0, 2048)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(tooLong.statusCode()).as("a part longer than its length, refused as it arrives").isEqualTo(403);
        String secondEtag = put(progress.path("missing").path(0).path("url").asText(), file, 1);
        as("cc-officer-1").contentType("application/json")
                .body(Map.of("parts", List.of(Map.of("partNumber", 1, "etag", firstEtag), Map.of("partNumber", 2, "etag", secondEtag))))
                .post("/api/v1/cases/" + caseId + "/evidence-uploads/" + uploadId + "/completion")
                .then().statusCode(201).body("sha256", equalTo(sha256(file))).body("sizeBytes", equalTo(file.length));
    }

    @Test
    void partsThatCannotMakeTheDeclaredFileAreRefusedBeforeAnyUrlIsGiven() throws Exception {
        String caseId = filedCase(Instant.now());
        as("cc-officer-1").contentType("application/json").body("""
                        {"kind":"AUDIO_VISUAL","stage":"HEARING","recordedAt":"2026-11-21T09:30:00Z","recordedBy":"22010026000001",
                         "sha256":"%s","sizeBytes":%d,"parts":2,"partSize":%d}""".formatted("a".repeat(64), 6 << 20, 1 << 20))
                .post("/api/v1/cases/" + caseId + "/evidence-uploads").then().statusCode(422).body("code", equalTo("UPLOAD_PARTS_INVALID"));
    }

    @Test
    void anAbandonedUploadIsGoneAndRegistersNothing() throws Exception {
        Interrupted upload = startedAndFirstPartSent();
        String caseId = upload.caseId();
        String uploadId = upload.uploadId();

        as("cc-officer-1").delete("/api/v1/cases/" + caseId + "/evidence-uploads/" + uploadId).then().statusCode(204);

        as("cc-officer-1").get("/api/v1/cases/" + caseId + "/evidence-uploads/" + uploadId).then().statusCode(404)
                .body("code", equalTo("UPLOAD_NOT_FOUND"));
        as("cc-officer-1").get("/api/v1/cases/" + caseId + "/evidence").then().body("$", hasSize(0));
    }

    @Test
    void anUploadLeftUnfinishedForAWeekIsGivenUpAndItsPartsDropped() throws Exception {
        Interrupted upload = startedAndFirstPartSent();
        String caseId = upload.caseId();
        String uploadId = upload.uploadId();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update pending_upload set started_at = now() - interval '8 days' where upload_id = ?1").setParameter(1, uploadId)
                .executeUpdate());

        String key = "cases/" + caseId + "/" + upload.evidenceId();
        assertThat(partsLeftInStore(key, uploadId)).hasSize(1);

        uploads.giveUpAbandoned();

        as("cc-officer-1").get("/api/v1/cases/" + caseId + "/evidence-uploads/" + uploadId).then().statusCode(404);
        assertThat(partsLeftInStore(key, uploadId)).isEmpty();
    }

    /** S3 answers NoSuchUpload for an aborted upload; S3Proxy's file store lists no parts. */
    private List<EvidenceStore.HeldPart> partsLeftInStore(String key, String uploadId) throws Exception {
        try {
            return store.uploadedParts(key, uploadId);
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(ErrorResponseException.class);
            assertThat(((ErrorResponseException) e.getCause()).errorResponse().code()).isEqualTo("NoSuchUpload");
            return List.of();
        }
    }

    /** An upload of two parts to a new case whose connection broke after the first part. */
    record Interrupted(String caseId, String uploadId, String evidenceId, byte[] file, String firstEtag) {
    }

    private static Interrupted startedAndFirstPartSent() throws Exception {
        String caseId = filedCase(Instant.now());
        byte[] file = file();
        JsonNode started = start(caseId, file);
        String firstEtag = put(started.path("partUrls").path(0).asText(), file, 0);
        return new Interrupted(caseId, started.path("uploadId").asText(), started.path("evidenceId").asText(), file, firstEtag);
    }

    private static byte[] file() {
        byte[] file = new byte[PART + 1024];
        System.arraycopy(png(8), 0, file, 0, 8);
        for (int i = 8; i < file.length; i++) {
            file[i] = (byte) (i * 17);
        }
        return file;
    }

    private static JsonNode start(String caseId, byte[] file) throws Exception {
        return JSON.readTree(as("cc-officer-1").contentType("application/json").body("""
                        {"kind":"AUDIO_VISUAL","stage":"HEARING","recordedAt":"2026-11-21T09:30:00Z","recordedBy":"22010026000001",
                         "sha256":"%s","sizeBytes":%d,"parts":2,"partSize":%d}""".formatted(sha256(file), file.length, PART))
                .post("/api/v1/cases/" + caseId + "/evidence-uploads").then().statusCode(201).extract().asString());
    }

    /** PUTs one part to its presigned URL, as a phone does; returns the store's ETag. */
    private static String put(String url, byte[] file, int index) throws Exception {
        int from = index * PART;
        int length = Math.min(PART, file.length - from);
        HttpResponse<Void> put = HTTP.send(HttpRequest.newBuilder(URI.create(url)).PUT(HttpRequest.BodyPublishers.ofByteArray(file, from, length))
                .build(), HttpResponse.BodyHandlers.discarding());
        assertThat(put.statusCode()).isEqualTo(200);
        return put.headers().firstValue("ETag").orElseThrow().replace("\"", "");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}

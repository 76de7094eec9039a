package cn.enforcement.evidence.api;

import static cn.enforcement.evidence.api.EvidenceWorld.as;
import static cn.enforcement.evidence.api.EvidenceWorld.png;
import static cn.enforcement.platform.testing.CloudEventRecords.event;
import static cn.enforcement.platform.testing.CloudEventRecords.header;
import static cn.enforcement.platform.testing.CloudEventRecords.newId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import cn.enforcement.platform.testing.KafkaRecords;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Files the public attaches to complaints, on the real store and Kafka: declared by review-service's ComplaintFiled,
 * uploaded without a token through a presigned URL, kept only when exactly as declared, read by the staff handling
 * the complaint.
 */
@QuarkusTest
class ComplaintAttachmentTest {

    private static final String REVIEW_TOPIC = "test.enforcement.review.v1";
    private static final String EVIDENCE_TOPIC = "test.enforcement.evidence.v1";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Inject
    EntityManager entityManager;

    private record Declared(String attachmentId, String contentType, byte[] bytes) {
    }

    /** review-service announces a complaint of region 220100 (no agency named) and the files it declares. */
    private static String filed(Declared... files) {
        String number = "TS20261205-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        StringBuilder attachments = new StringBuilder();
        for (Declared file : files) {
            attachments.append(attachments.isEmpty() ? "" : ",").append("""
                    {"attachmentId":"%s","fileName":"现场照片.png","contentType":"%s","sizeBytes":%d,"sha256":"%s"}"""
                    .formatted(file.attachmentId(), file.contentType(), file.bytes().length, sha256(file.bytes())));
        }
        KafkaRecords.send(event(REVIEW_TOPIC, newId(), "enforcement.review.ComplaintFiled.v1", number, """
                {"trackingNumber":"%s","regionCode":"220100","attachments":[%s],"at":"%s"}""".formatted(number, attachments, Instant.now())));
        return number;
    }

    private static Declared declared(String contentType, byte[] bytes) {
        return new Declared(UUID.randomUUID().toString(), contentType, bytes);
    }

    private static ValidatableResponse uploadUrl(String attachmentId) {
        return given().post("/public/v1/complaint-attachments/{id}/upload-url", attachmentId).then();
    }

    private static ValidatableResponse complete(String attachmentId) {
        return given().post("/public/v1/complaint-attachments/{id}/completion", attachmentId).then();
    }

    /** Asks for the URL as soon as evidence-service knows the file, and PUTs the bytes to the store, as a browser does. */
    private static void upload(String attachmentId, byte[] bytes) throws Exception {
        assertThat(put(attachmentId, bytes)).isEqualTo(200);
    }

    /** The store's answer to the bytes PUT to the file's upload URL. */
    private static int put(String attachmentId, byte[] bytes) throws Exception {
        String url = await().atMost(Duration.ofSeconds(30)).until(() -> uploadUrl(attachmentId).extract().statusCode() == 200
                ? uploadUrl(attachmentId).extract().<String>path("url") : null, notNullValue());
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void aDeclaredFileIsTakenInWithoutATokenAndReadOnlyByTheStaffHandlingTheComplaint() throws Exception {
        byte[] photo = png(40_000);
        Declared file = declared("image/png", photo);
        String number = filed(file);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> complete(file.attachmentId()).statusCode(409)
                .body("code", equalTo("ATTACHMENT_NOT_UPLOADED")));
        upload(file.attachmentId(), photo);
        complete(file.attachmentId()).statusCode(200).body("receivedAt", notNullValue()).body("sha256", equalTo(sha256(photo)));
        complete(file.attachmentId()).statusCode(200).body("trackingNumber", equalTo(number));
        uploadUrl(file.attachmentId()).statusCode(409).body("code", equalTo("ATTACHMENT_RECEIVED"));

        List<ConsumerRecord<String, String>> received = KafkaRecords.readUntil(EVIDENCE_TOPIC, r -> number.equals(r.key()),
                r -> number.equals(r.key()), Duration.ofSeconds(30));
        assertThat(header(received.get(0), "ce_type").orElseThrow()).contains("ComplaintAttachmentReceived");
        assertThat(received.get(0).value()).contains(file.attachmentId()).contains(sha256(photo));

        as("cc-supervisor").get("/api/v1/complaint-attachments/{id}", file.attachmentId()).then().statusCode(200);
        as("cc-head").get("/api/v1/complaint-attachments/{id}", file.attachmentId()).then().statusCode(404)
                .body("code", equalTo("ATTACHMENT_NOT_FOUND"));
        KafkaRecords.send(event(REVIEW_TOPIC, newId(), "enforcement.review.ComplaintRouted.v1", number, """
                {"trackingNumber":"%s","regionCode":"220100","agencyCode":"220100001","at":"%s"}""".formatted(number, Instant.now())));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("cc-head").get("/api/v1/complaint-attachments/{id}", file.attachmentId())
                .then().statusCode(200));
        as("jl-head").get("/api/v1/complaint-attachments/{id}", file.attachmentId()).then().statusCode(404);
        as("cc-officer-1").get("/api/v1/complaint-attachments/{id}", file.attachmentId()).then().statusCode(403);
        String link = as("cc-legal").get("/api/v1/complaint-attachments/{id}/download-url", file.attachmentId()).then().statusCode(200)
                .extract().path("url");
        byte[] downloaded = HTTP.send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        assertThat(sha256(downloaded)).isEqualTo(sha256(photo));
    }

    @Test
    void bytesOtherThanThoseDeclaredAreNotKeptAndTheRightOnesMayFollow() throws Exception {
        byte[] photo = png(5_000);
        Declared file = declared("image/png", photo);
        Declared mislabelled = declared("image/jpeg", png(3_000));
        filed(file, mislabelled);

        assertThat(put(file.attachmentId(), png(5_001))).as("a body longer than declared, refused as it arrives").isEqualTo(403);
        complete(file.attachmentId()).statusCode(409).body("code", equalTo("ATTACHMENT_NOT_UPLOADED"));
        byte[] other = png(5_000);
        other[4_999] ^= 1;
        upload(file.attachmentId(), other);
        complete(file.attachmentId()).statusCode(422).body("code", equalTo("HASH_MISMATCH"));
        upload(file.attachmentId(), photo);
        complete(file.attachmentId()).statusCode(200).body("receivedAt", notNullValue());

        upload(mislabelled.attachmentId(), mislabelled.bytes());
        complete(mislabelled.attachmentId()).statusCode(422).body("code", equalTo("CONTENT_TYPE_NOT_ALLOWED"));
        as("cc-supervisor").get("/api/v1/complaint-attachments/{id}/download-url", mislabelled.attachmentId()).then().statusCode(409)
                .body("code", equalTo("ATTACHMENT_NOT_UPLOADED"));

        uploadUrl(UUID.randomUUID().toString()).statusCode(404).body("code", equalTo("ATTACHMENT_NOT_FOUND"));
        uploadUrl("x".repeat(300)).statusCode(404);
    }

    @Test
    void completionsSentAtOnceKeepTheFileOnceAndAllGetItsAnswer() throws Exception {
        byte[] photo = png(20_000);
        Declared file = declared("image/png", photo);
        String number = filed(file);
        upload(file.attachmentId(), photo);
        ExecutorService complainants = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(complainants.submit(() -> complete(file.attachmentId()).statusCode(200).extract().<String>path("receivedAt")));
            }
            Set<String> receivedAt = new HashSet<>();
            for (Future<String> answer : answers) {
                receivedAt.add(answer.get());
            }
            assertThat(receivedAt).as("one reception, told to every completion").hasSize(1).doesNotContainNull();
        } finally {
            complainants.shutdown();
        }
        long receptions = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from outbox_event where aggregate_id = ?1 and event_type like '%ComplaintAttachmentReceived%'")
                .setParameter(1, number).getSingleResult()).longValue());
        assertThat(receptions).as("ComplaintAttachmentReceived written").isEqualTo(1);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

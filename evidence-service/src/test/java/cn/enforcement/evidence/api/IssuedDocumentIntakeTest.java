package cn.enforcement.evidence.api;

import static cn.enforcement.evidence.api.EvidenceWorld.as;
import static cn.enforcement.evidence.api.EvidenceWorld.filedCase;
import static cn.enforcement.platform.testing.CloudEventRecords.event;
import static cn.enforcement.platform.testing.CloudEventRecords.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import cn.enforcement.platform.hashing.Sha256;
import cn.enforcement.platform.testing.KafkaRecords;
import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** A document case-service issued (DocumentIssued) joins the case's evidence, copied in the store and checked against its hash. */
@QuarkusTest
class IssuedDocumentIntakeTest {

    private static final String CASE_TOPIC = "test.enforcement.case.v1";
    private static final String DOCUMENTS = "documents";

    /** The PDF as case-service would have stored it in its bucket. */
    private static String stored(String caseId, byte[] pdf) throws Exception {
        Config config = ConfigProvider.getConfig();
        MinioClient client = MinioClient.builder().endpoint(config.getValue("evidence.store.endpoint", String.class)).region("cn-north-1")
                .credentials(config.getValue("evidence.store.access-key", String.class), config.getValue("evidence.store.secret-key", String.class))
                .build();
        if (!client.bucketExists(BucketExistsArgs.builder().bucket(DOCUMENTS).build())) {
            client.makeBucket(MakeBucketArgs.builder().bucket(DOCUMENTS).region("cn-north-1").build());
        }
        String key = "cases/" + caseId + "/" + UUID.randomUUID() + ".pdf";
        client.putObject(PutObjectArgs.builder().bucket(DOCUMENTS).object(key).stream(new ByteArrayInputStream(pdf), pdf.length, -1).build());
        return key;
    }

    private static void issued(String caseId, String number, String key, String sha256, long size) {
        KafkaRecords.send(event(CASE_TOPIC, newId(), "enforcement.case.DocumentIssued.v1", caseId, """
                {"caseRef":{"caseId":"%s","caseNumber":"220100001-2026-000001","agencyCode":"220100001","regionCode":"220100"},
                 "documentId":"%s","number":"%s","kind":"PENALTY_DECISION","sha256":"%s","sizeBytes":%d,"bucket":"documents",
                 "objectKey":"%s","at":"%s"}""".formatted(caseId, UUID.randomUUID(), number, sha256, size, key, Instant.now())));
    }

    @Test
    void anIssuedDocumentIsKeptAsDocumentaryEvidenceWithTheHashItWasIssuedWith() throws Exception {
        String caseId = filedCase(Instant.now());
        byte[] pdf = "%PDF-1.7\n行政处罚决定书 吉长交执罚〔2026〕第0001号\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        String number = "吉长交执罚〔2026〕第" + UUID.randomUUID().toString().substring(0, 6) + "号";
        issued(caseId, number, stored(caseId, pdf), Sha256.hex(pdf), pdf.length);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("cc-officer-1").get("/api/v1/cases/" + caseId + "/evidence").then()
                .statusCode(200).body("sha256", hasItem(Sha256.hex(pdf))).body("kind", hasItem("DOCUMENTARY"))
                .body("stage", hasItem("DOCUMENT_PENALTY_DECISION")));
    }

    @Test
    void aDocumentThatDoesNotReadWithItsPublishedHashIsRefusedNotKept() throws Exception {
        String caseId = filedCase(Instant.now());
        byte[] pdf = "%PDF-1.7\n行政处罚决定书\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        String number = "吉长交执罚〔2026〕第" + UUID.randomUUID().toString().substring(0, 6) + "号";
        issued(caseId, number, stored(caseId, pdf), "0".repeat(64), pdf.length);
        assertThat(KafkaRecords.readUntil("test.enforcement.deadletter.evidence", r -> r.value().contains(number),
                r -> r.value().contains(number), Duration.ofSeconds(30))).isNotEmpty();
        as("cc-officer-1").get("/api/v1/cases/" + caseId + "/evidence").then().statusCode(200)
                .body("sha256", org.hamcrest.Matchers.not(hasItem(Sha256.hex(pdf))));
    }
}

package cn.enforcement.evidence.jobs;

import cn.enforcement.evidence.domain.custody.CustodyLink;
import static cn.enforcement.evidence.api.EvidenceWorld.alterInStore;
import static cn.enforcement.evidence.api.EvidenceWorld.filedCase;
import static cn.enforcement.evidence.api.EvidenceWorld.png;
import static cn.enforcement.platform.testing.CloudEventRecords.header;
import static cn.enforcement.platform.testing.DemoRealm.tokenOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.enforcement.evidence.domain.intake.Evidence;
import cn.enforcement.platform.testing.KafkaRecords;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The scheduled patrol itself, against the real local S3 store, PostgreSQL and Kafka. */
@QuarkusTest
class IntegrityPatrolTest {

    @Inject
    IntegrityPatrol patrol;

    @Inject
    EntityManager entityManager;

    @TestHTTPResource("/")
    URL base;

    @Test
    void thePatrolFindsAnObjectChangedBehindItsBackAndReportsItOnce() throws Exception {
        String caseId = filedCase(Instant.now());
        byte[] photo = png(4096);
        HttpResponse<String> uploaded = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "api/v1/cases/" + caseId
                        + "/evidence?kind=AUDIO_VISUAL&stage=ON_SITE_INSPECTION&recordedAt=2026-11-21T09:30:00Z&recordedBy=22010026000001"))
                .header("Authorization", "Bearer " + tokenOf("cc-officer-1")).POST(HttpRequest.BodyPublishers.ofByteArray(photo)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        String evidenceId = uploaded.headers().firstValue("Location").orElseThrow().replace("/api/v1/evidence/", "");
        // everything else in this database was verified just now: this object is the one the next round takes first
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update evidence set last_verified_at = now() where evidence_id <> ?1").setParameter(1, evidenceId).executeUpdate());

        photo[2048] ^= 1;
        alterInStore(caseId, evidenceId, photo);
        patrol.patrol();
        patrol.patrol();

        Evidence after = QuarkusTransaction.requiringNew().call(() -> Evidence.<Evidence>findById(evidenceId));
        assertThat(after.integrityFailed).isTrue();
        assertThat(after.lastVerifiedAt).isNotNull();
        List<CustodyLink> chain = QuarkusTransaction.requiringNew().call(() -> CustodyLink.chainOf(evidenceId));
        assertThat(chain).extracting(link -> link.action + " by " + link.actor).contains("VERIFY by system");
        List<ConsumerRecord<String, String>> failures = KafkaRecords.readUntil("test.enforcement.evidence.v1",
                r -> r.value().contains(evidenceId) && header(r, "ce_type").orElse("").contains("IntegrityFailed"),
                r -> r.value().contains(evidenceId) && header(r, "ce_type").orElse("").contains("IntegrityFailed"), Duration.ofSeconds(30));
        assertThat(failures).hasSize(1);
    }
}

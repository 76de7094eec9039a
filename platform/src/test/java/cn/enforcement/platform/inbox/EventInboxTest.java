package cn.enforcement.platform.inbox;

import static cn.enforcement.platform.testing.CloudEventRecords.event;
import static cn.enforcement.platform.testing.CloudEventRecords.eventFrom;
import static cn.enforcement.platform.testing.CloudEventRecords.header;
import static cn.enforcement.platform.testing.CloudEventRecords.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import cn.enforcement.platform.testing.KafkaRecords;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The inbox against the real local broker: once per event id, retried, dead-lettered, never stuck. */
@QuarkusTest
class EventInboxTest {

    static final String TOPIC = "test.platform.inbox.v1";
    private static final String DEAD_LETTERS = "test.platform.inbox.deadletter";
    static final String TYPE = "enforcement.personnel.OfficerRegistered.v1";

    @Inject
    EntityManager entityManager;

    static String officer(String officerId, String name) {
        return """
                {"officerId":"%s","name":"%s","agencyCode":"220100001","regionCode":"220100","post":"科员",
                 "enforcementFields":["ROAD_TRANSPORT"],"registeredAt":"2026-11-21T08:00:00Z"}""".formatted(officerId, name);
    }

    private long rowsOf(String officerId) {
        return rowsOf(entityManager, officerId);
    }

    static long rowsOf(EntityManager entityManager, String officerId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from test_officer where officer_id = ?1")
                .setParameter(1, officerId).getSingleResult()).longValue());
    }

    private void awaitRow(String officerId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> rowsOf(officerId) == 1);
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        String officerId = UUID.randomUUID().toString();
        String eventId = newId();
        KafkaRecords.send(event(TOPIC, eventId, TYPE, officerId, officer(officerId, "once")),
                event(TOPIC, eventId, TYPE, officerId, officer(officerId, "once")));
        String marker = UUID.randomUUID().toString();
        KafkaRecords.send(event(TOPIC, newId(), TYPE, officerId, officer(marker, "marker")));

        awaitRow(marker);
        assertThat(rowsOf(officerId)).isEqualTo(1);
    }

    @Test
    void aTransientFailureIsRetriedInAFreshTransaction() {
        String officerId = UUID.randomUUID().toString();
        KafkaRecords.send(event(TOPIC, newId(), TYPE, officerId, officer(officerId, "flaky-2")));

        awaitRow(officerId);
        assertThat(TestOfficerListener.ATTEMPTS.get(officerId).get()).isEqualTo(3);
    }

    @Test
    void anUnreadableMessageIsDeadLetteredWithItsReasonAndTheNextOneStillArrives() {
        String aggregate = UUID.randomUUID().toString();
        String poisonId = newId();
        String after = UUID.randomUUID().toString();
        KafkaRecords.send(
                event(TOPIC, poisonId, TYPE, aggregate, "{\"officerId\": [not json"),
                event(TOPIC, newId(), TYPE, aggregate, officer(after, "after the poison")));

        awaitRow(after);
        ConsumerRecord<String, String> parked = KafkaRecords.readUntil(DEAD_LETTERS,
                record -> header(record, "ce_id").map(poisonId::equals).orElse(false),
                record -> header(record, "ce_id").map(poisonId::equals).orElse(false), Duration.ofSeconds(30)).get(0);
        assertThat(header(parked, "dead-letter-reason")).hasValueSatisfying(reason -> assertThat(reason).contains("cannot be read"));
    }

    @Test
    void aHandlerThatKeepsFailingIsDeadLetteredWithoutItsEffect() {
        String broken = UUID.randomUUID().toString();
        String after = UUID.randomUUID().toString();
        KafkaRecords.send(
                event(TOPIC, newId(), TYPE, broken, officer(broken, "broken")),
                event(TOPIC, newId(), TYPE, broken, officer(after, "after the broken one")));

        awaitRow(after);
        assertThat(rowsOf(broken)).isZero();
        assertThat(TestOfficerListener.ATTEMPTS.get(broken).get()).isEqualTo(4);
    }

    @Test
    void anEventTypeNobodyHandlesIsSkipped() {
        String aggregate = UUID.randomUUID().toString();
        String after = UUID.randomUUID().toString();
        KafkaRecords.send(
                event(TOPIC, newId(), "enforcement.case.SomethingNew.v7", aggregate, "{}"),
                event(TOPIC, newId(), TYPE, aggregate, officer(after, "after the unknown type")));
        awaitRow(after);
    }

    @Test
    void anEventFromAnotherSourceThanItsProducerIsDeadLetteredUnapplied() {
        String forged = UUID.randomUUID().toString();
        String forgedId = newId();
        String after = UUID.randomUUID().toString();
        KafkaRecords.send(
                eventFrom("/enforcement/case-service", TOPIC, forgedId, TYPE, forged, officer(forged, "forged")),
                event(TOPIC, newId(), TYPE, forged, officer(after, "after the forged one")));

        awaitRow(after);
        assertThat(rowsOf(forged)).isZero();
        ConsumerRecord<String, String> parked = KafkaRecords.readUntil(DEAD_LETTERS,
                record -> header(record, "ce_id").map(forgedId::equals).orElse(false),
                record -> header(record, "ce_id").map(forgedId::equals).orElse(false), Duration.ofSeconds(30)).get(0);
        assertThat(header(parked, "dead-letter-reason")).hasValueSatisfying(reason -> assertThat(reason).contains("only /enforcement/personnel-service"));
    }
}

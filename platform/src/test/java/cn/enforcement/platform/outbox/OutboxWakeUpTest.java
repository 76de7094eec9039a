package cn.enforcement.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import cn.enforcement.platform.events.personnel.OfficerRegistered;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * With the poll an hour apart, a committed event still reaches Kafka within seconds: the commit wakes the
 * relay (NOTIFY from the outbox table's trigger, LISTEN in {@link OutboxWakeUp}).
 */
@QuarkusTest
@TestProfile(OutboxWakeUpTest.HourlyPoll.class)
class OutboxWakeUpTest {

    public static class HourlyPoll implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("enforcement.outbox.poll-interval", "1h");
        }
    }

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Test
    void aCommittedEventIsRelayedWithoutWaitingForThePoll() {
        String officerId = "officer-" + UUID.randomUUID();
        UUID eventId = QuarkusTransaction.requiringNew().call(() -> outbox.publish(new OfficerRegistered(officerId, "张三",
                "220100001", "220100", "科员", List.of("ROAD_TRANSPORT"), null, Instant.now())));

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> sentAt(eventId) != null);
    }

    private Instant sentAt(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select e.sentAt from OutboxEntry e where e.eventId = :id", Instant.class)
                .setParameter("id", eventId).getSingleResult());
    }
}

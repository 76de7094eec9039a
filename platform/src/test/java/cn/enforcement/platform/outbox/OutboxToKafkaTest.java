package cn.enforcement.platform.outbox;

import static cn.enforcement.platform.testing.CloudEventRecords.header;
import static org.assertj.core.api.Assertions.assertThat;

import cn.enforcement.platform.events.personnel.OfficerRegistered;
import cn.enforcement.platform.testing.KafkaRecords;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The outbox against the real local broker: what commits is published, in order, as a CloudEvent. */
@QuarkusTest
class OutboxToKafkaTest {

    private static final String TOPIC = "test.enforcement.personnel.v1";

    @Inject
    Outbox outbox;

    private static OfficerRegistered registered(String officerId, String name) {
        return new OfficerRegistered(officerId, name, "220100001", "220100", "科员", List.of("ROAD_TRANSPORT"), null, Instant.now());
    }

    @Test
    void committedEventsArePublishedInOrderPerAggregateAsCloudEvents() {
        String officerId = "officer-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.publish(registered(officerId, "first"));
            outbox.publish(registered(officerId, "second"));
            outbox.publish(registered(officerId, "third"));
        });

        List<ConsumerRecord<String, String>> mine = KafkaRecords.readUntil(TOPIC,
                record -> officerId.equals(record.key()),
                record -> officerId.equals(record.key()) && record.value().contains("third"), Duration.ofSeconds(30));

        assertThat(mine).extracting(ConsumerRecord::value)
                .satisfiesExactly(
                        v -> assertThat(v).contains("\"name\":\"first\""),
                        v -> assertThat(v).contains("\"name\":\"second\""),
                        v -> assertThat(v).contains("\"name\":\"third\""));
        ConsumerRecord<String, String> first = mine.get(0);
        assertThat(header(first, "ce_specversion")).contains("1.0");
        assertThat(header(first, "ce_type")).contains("enforcement.personnel.OfficerRegistered.v1");
        assertThat(header(first, "ce_subject")).contains(officerId);
        assertThat(header(first, "ce_source")).contains("/enforcement/personnel-service");
        assertThat(header(first, "ce_id")).isPresent();
        assertThat(header(first, "content-type")).contains("application/json");
    }

    @Test
    void theTraceOfTheActThatWroteAnEventTravelsInItsRecordsHeaderAndNoneWithoutOne() {
        String officerId = "officer-" + UUID.randomUUID();
        SpanContext act = SpanContext.create("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", TraceFlags.getSampled(),
                TraceState.getDefault());
        try (Scope within = Span.wrap(act).makeCurrent()) {
            QuarkusTransaction.requiringNew().run(() -> outbox.publish(registered(officerId, "traced")));
        }
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(registered(officerId, "untraced")));

        // one aggregate, so one partition and in order: the untraced event comes second
        List<ConsumerRecord<String, String>> mine = KafkaRecords.readUntil(TOPIC, record -> officerId.equals(record.key()),
                record -> officerId.equals(record.key()) && record.value().contains("\"untraced\""), Duration.ofSeconds(30));
        assertThat(mine).hasSize(2);
        assertThat(header(mine.get(0), "traceparent")).contains("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        assertThat(header(mine.get(1), "traceparent")).as("no trace recorded: no header").isEmpty();
    }

    @Test
    void aRolledBackChangePublishesNothing() {
        String officerId = "officer-" + UUID.randomUUID();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                outbox.publish(registered(officerId, "never"));
                throw new IllegalStateException("the change fails after the event was written");
            });
        } catch (IllegalStateException expected) {
            // the transaction rolled back
        }
        String marker = "officer-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(registered(marker, "marker")));

        List<ConsumerRecord<String, String>> rolledBack = KafkaRecords.readUntil(TOPIC,
                record -> officerId.equals(record.key()), record -> marker.equals(record.key()), Duration.ofSeconds(30));
        assertThat(rolledBack).isEmpty();
    }
}

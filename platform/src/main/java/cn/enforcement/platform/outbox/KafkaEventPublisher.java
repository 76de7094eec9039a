package cn.enforcement.platform.outbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes outbox entries as CloudEvents 1.0 in Kafka binary mode: the attributes are {@code ce_*}
 * headers, the body is the JSON payload, the key is the aggregate id (order per aggregate).
 */
@ApplicationScoped
public class KafkaEventPublisher implements EventPublisher {

    private final KafkaProducer<String, String> producer;
    private final String topicPrefix;

    @Inject
    KafkaEventPublisher(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "enforcement.kafka.topic-prefix") Optional<String> topicPrefix) {
        this.topicPrefix = topicPrefix.orElse("");
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaConfig.get("bootstrap.servers"));
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        // Fail fast while the broker is down: the outbox keeps the events and the relay backs off.
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10000);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    @Override
    public PublishResult publishInOrder(List<OutboxEntry> entries) {
        List<Future<RecordMetadata>> pending = new ArrayList<>(entries.size());
        Exception failure = null;
        for (OutboxEntry entry : entries) {
            try {
                pending.add(producer.send(toRecord(entry)));
            } catch (RuntimeException e) {
                failure = e;
                break;
            }
        }
        producer.flush();
        int acknowledged = 0;
        for (Future<RecordMetadata> ack : pending) {
            try {
                ack.get(15, TimeUnit.SECONDS);
                acknowledged++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new PublishResult(acknowledged, e);
            } catch (Exception e) {
                return new PublishResult(acknowledged, e);
            }
        }
        return failure == null ? PublishResult.all(acknowledged) : new PublishResult(acknowledged, failure);
    }

    private ProducerRecord<String, String> toRecord(OutboxEntry entry) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", entry.eventId.toString());
        header(headers, "ce_source", entry.source);
        header(headers, "ce_type", entry.eventType);
        header(headers, "ce_subject", entry.aggregateId);
        header(headers, "ce_time", DateTimeFormatter.ISO_INSTANT.format(entry.occurredAt));
        header(headers, "content-type", "application/json");
        if (entry.traceparent != null) {
            // the consumer's span continues the trace of the act that wrote the event
            header(headers, "traceparent", entry.traceparent);
        }
        return new ProducerRecord<>(topicPrefix + entry.topic, null, entry.aggregateId, entry.payload, headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @PreDestroy
    void close() {
        producer.close(java.time.Duration.ofSeconds(5));
    }
}

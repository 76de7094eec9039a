package cn.enforcement.platform.outbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes outbox entries as CloudEvents 1.0 in Kafka binary mode: the attributes are {@code ce_*}
 * headers, the body is the JSON payload, the key is the aggregate id (order per aggregate).
 * <p>
 * Each batch is one Kafka transaction, and the consumers read committed records only: a batch is
 * visible whole or not at all. Without it a broker outage can drop an early record of a batch
 * while a later one of the same aggregate still lands (the idempotent producer moves on after an
 * expired batch), and the relay's resend then puts a case's filing after its decision (the fault
 * drill found it so).
 */
@ApplicationScoped
public class KafkaEventPublisher implements EventPublisher {

    private static final Logger LOG = Logger.getLogger(KafkaEventPublisher.class);

    private final Map<String, Object> config = new HashMap<>();
    private final String topicPrefix;
    /** Made on the first batch and again after a failure: a service starts, and stays up, without the broker. */
    private KafkaProducer<String, String> producer;

    @Inject
    KafkaEventPublisher(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "enforcement.kafka.topic-prefix") Optional<String> topicPrefix,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.topicPrefix = topicPrefix.orElse("");
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaConfig.get("bootstrap.servers"));
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        // one transactional id per process: the relay's advisory lock already lets one replica relay at a time
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, service + "-relay-" + UUID.randomUUID());
        // a transaction left open by a killed relay holds its partitions' readers back until the broker aborts it
        config.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 20000);
        // Fail fast while the broker is down: the outbox keeps the events and the relay backs off.
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10000);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    }

    @Override
    public synchronized PublishResult publishInOrder(List<OutboxEntry> entries) {
        try {
            KafkaProducer<String, String> open = producer();
            open.beginTransaction();
            for (OutboxEntry entry : entries) {
                open.send(toRecord(entry));
            }
            open.commitTransaction();
            return PublishResult.all(entries.size());
        } catch (RuntimeException e) {
            discardProducer();
            return new PublishResult(0, e);
        }
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            KafkaProducer<String, String> fresh = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
            try {
                fresh.initTransactions();
            } catch (RuntimeException e) {
                fresh.close(Duration.ZERO);
                throw e;
            }
            producer = fresh;
        }
        return producer;
    }

    /**
     * After a failure the transaction is abandoned with its producer: closing it aborts what it had not committed,
     * and a producer whose commit timed out cannot be trusted with another transaction.
     */
    private void discardProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ZERO);
            } catch (RuntimeException e) {
                LOG.debugf("closing the relay's producer after a failure: %s", e.getMessage());
            }
            producer = null;
        }
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
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}

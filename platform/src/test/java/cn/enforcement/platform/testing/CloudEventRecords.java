package cn.enforcement.platform.testing;

import cn.enforcement.platform.events.EventCatalog;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** Builds and reads CloudEvents binary-mode Kafka records the way the platform writes them. */
public final class CloudEventRecords {

    private CloudEventRecords() {
    }

    /** An event as its catalogue producer would send it. */
    public static ProducerRecord<String, String> event(String topic, String id, String type, String subject, String json) {
        String source = EventCatalog.byTypeName(type).map(t -> t.producer().source()).orElse("/enforcement/test");
        return eventFrom(source, topic, id, type, subject, json);
    }

    /** An event claiming to come from {@code source}, e.g. one service forging another's. */
    public static ProducerRecord<String, String> eventFrom(String source, String topic, String id, String type, String subject,
            String json) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, "ce_specversion", "1.0");
        add(headers, "ce_id", id);
        add(headers, "ce_source", source);
        add(headers, "ce_type", type);
        add(headers, "ce_subject", subject);
        add(headers, "ce_time", Instant.now().toString());
        add(headers, "content-type", "application/json");
        return new ProducerRecord<>(topic, null, subject, json, headers);
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public static Optional<String> header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return Optional.ofNullable(header).map(h -> new String(h.value(), StandardCharsets.UTF_8));
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}

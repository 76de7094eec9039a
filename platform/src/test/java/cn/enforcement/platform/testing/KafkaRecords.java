package cn.enforcement.platform.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes and reads records of the real local broker, as a test sees them from outside the service. */
public final class KafkaRecords {

    private KafkaRecords() {
    }

    public static String bootstrap() {
        return System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
    }

    @SafeVarargs
    public static void send(ProducerRecord<String, String>... records) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            for (ProducerRecord<String, String> record : records) {
                producer.send(record);
            }
            producer.flush();
        }
    }

    /**
     * Reads the topic from its beginning until a record matching {@code last} has arrived; returns
     * every record read that matches {@code keep}, in partition order. Fails when the deadline passes.
     */
    public static List<ConsumerRecord<String, String>> readUntil(String topic, Predicate<ConsumerRecord<String, String>> keep,
            Predicate<ConsumerRecord<String, String>> last, Duration timeout) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, String>> kept = new ArrayList<>();
        Instant deadline = Instant.now().plus(timeout);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            boolean done = false;
            while (!done) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("no awaited record on " + topic + " within " + timeout + "; kept " + kept.size());
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(250))) {
                    if (keep.test(record)) {
                        kept.add(record);
                    }
                    done |= last.test(record);
                }
            }
        }
        return kept;
    }

    /** Every committed record of the topic that matches {@code keep}, from its beginning to its end as it is now. */
    public static List<ConsumerRecord<String, String>> readAll(String topic, Predicate<ConsumerRecord<String, String>> keep) {
        List<ConsumerRecord<String, String>> kept = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = committedReader()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(partition -> new TopicPartition(topic, partition.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            readToEnd(consumer, partitions, record -> {
                if (keep.test(record)) {
                    kept.add(record);
                }
            });
        }
        return kept;
    }

    /** A reader outside any group that sees what the services see: the records of transactions that committed. */
    public static KafkaConsumer<String, String> committedReader() {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer());
    }

    /** Polls the assigned partitions from where the consumer stands up to their end as it is now. */
    public static void readToEnd(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions,
            Consumer<ConsumerRecord<String, String>> each) {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
            consumer.poll(Duration.ofMillis(250)).forEach(each);
        }
    }
}

package cn.enforcement.platform.deadletters;

import cn.enforcement.problem.PlatformProblem;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads this service's dead-letter topic, where SmallRye parks a message the inbox could not apply (with the original
 * key, value and CloudEvents headers, plus {@code dead-letter-*} headers saying why and from where), and sends one
 * back to the topic it came from. Each read assigns the partitions directly, in no consumer group, so looking commits
 * nothing and moves no one's offsets.
 */
@ApplicationScoped
public class DeadLetters {

    /** Above this a payload is shown cut: a dead letter is read to understand it, not to copy it. */
    static final int PAYLOAD_SHOWN = 64 * 1024;

    private static final String DEAD_LETTER_HEADER = "dead-letter-";
    private static final Pattern POSITION = Pattern.compile("(\\d{1,4})-(\\d{1,18})");
    private static final Duration POLL = Duration.ofMillis(500);

    private final String bootstrapServers;
    private final String topic;
    private final String service;
    private KafkaProducer<String, String> producer;

    @Inject
    DeadLetters(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "quarkus.application.name") String application,
            @ConfigProperty(name = "enforcement.kafka.topic-prefix") Optional<String> topicPrefix,
            @ConfigProperty(name = "enforcement.dead-letters.topic") Optional<String> topic) {
        this.bootstrapServers = String.valueOf(kafkaConfig.get("bootstrap.servers"));
        this.service = application.replaceFirst("-service$", "");
        this.topic = topic.orElse(topicPrefix.orElse("") + "enforcement.deadletter." + service);
    }

    /** The name operators call this service by in {@code /api/v1/operations/{service}/dead-letters}, e.g. {@code case}. */
    public String service() {
        return service;
    }

    /** Up to {@code limit} dead letters, oldest first, from the position after {@code after} (all partitions). */
    public List<DeadLetter> list(Optional<String> after, int limit) {
        Optional<Position> cursor = after.map(position -> parse(position).orElseThrow(() -> PlatformProblem.CURSOR_MALFORMED.refuse(
                "after must be the position of a dead letter (partition-offset)")));
        Map<Integer, Long> from = cursor.map(p -> Map.of(p.partition(), p.offset() + 1)).orElse(Map.of());
        List<DeadLetter> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, POLL.multipliedBy(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).sorted(Comparator.comparingInt(TopicPartition::partition)).toList();
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            for (TopicPartition partition : partitions) {
                long start = Math.max(from.getOrDefault(partition.partition(), 0L), consumer.beginningOffsets(List.of(partition)).get(partition));
                long end = ends.get(partition);
                if (cursor.filter(p -> p.partition() > partition.partition()).isPresent() || start >= end) {
                    continue;
                }
                consumer.assign(List.of(partition));
                consumer.seek(partition, start);
                int idlePolls = 0;
                while (found.size() < limit && consumer.position(partition) < end && idlePolls < 20) {
                    var records = consumer.poll(POLL);
                    idlePolls = records.isEmpty() ? idlePolls + 1 : 0;
                    for (ConsumerRecord<String, String> record : records) {
                        if (found.size() < limit && record.offset() < end) {
                            found.add(summary(record));
                        }
                    }
                }
            }
        }
        return found.stream().map(this::withReplay).toList();
    }

    /** One dead letter with its payload and headers. */
    public Optional<DeadLetter> find(String position) {
        return record(position).map(record -> {
            DeadLetter summary = withReplay(summary(record));
            Map<String, String> headers = new LinkedHashMap<>();
            record.headers().forEach(h -> headers.put(h.key(), text(h)));
            String payload = record.value() == null ? null
                    : record.value().length() > PAYLOAD_SHOWN ? record.value().substring(0, PAYLOAD_SHOWN) : record.value();
            return new DeadLetter(summary.position(), summary.deadLetteredAt(), summary.sourceTopic(), summary.sourcePartition(),
                    summary.sourceOffset(), summary.key(), summary.eventType(), summary.eventId(), summary.eventSource(), summary.reason(),
                    summary.cause(), summary.replayedAt(), summary.replayedBy(), payload, headers);
        });
    }

    /**
     * Sends the dead letter back to the topic it came from, with its key, value and CloudEvents headers and without the
     * {@code dead-letter-*} ones. Every consumer of that topic sees it again; those that applied it skip it by their inbox.
     */
    public void republish(String position) {
        ConsumerRecord<String, String> record = record(position)
                .orElseThrow(() -> OperationsProblem.DEAD_LETTER_NOT_FOUND.refuse("no dead letter at " + position + " in " + topic));
        String sourceTopic = header(record, "dead-letter-topic")
                .orElseThrow(() -> OperationsProblem.DEAD_LETTER_NOT_FOUND.refuse("the record at " + position + " names no topic it came from"));
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith(DEAD_LETTER_HEADER)) {
                headers.add(header);
            }
        }
        try {
            producer().send(new ProducerRecord<>(sourceTopic, null, record.key(), record.value(), headers)).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw OperationsProblem.EVENT_BUS_UNAVAILABLE.refuse("interrupted while replaying " + position);
        } catch (Exception e) {
            throw OperationsProblem.EVENT_BUS_UNAVAILABLE.refuse("replaying " + position + " to " + sourceTopic + " failed: " + e.getMessage());
        }
    }

    /** The key a replay is recorded under. */
    String replayKey(String position) {
        return topic + "/" + position;
    }

    private DeadLetter withReplay(DeadLetter letter) {
        return DeadLetterReplay.<DeadLetterReplay>findByIdOptional(replayKey(letter.position()))
                .map(replay -> new DeadLetter(letter.position(), letter.deadLetteredAt(), letter.sourceTopic(), letter.sourcePartition(),
                        letter.sourceOffset(), letter.key(), letter.eventType(), letter.eventId(), letter.eventSource(), letter.reason(),
                        letter.cause(), replay.replayedAt, replay.replayedBy, letter.payload(), letter.headers()))
                .orElse(letter);
    }

    private Optional<ConsumerRecord<String, String>> record(String position) {
        Optional<Position> at = parse(position);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        TopicPartition partition = new TopicPartition(topic, at.get().partition());
        try (KafkaConsumer<String, String> consumer = consumer()) {
            if (consumer.partitionsFor(topic, POLL.multipliedBy(10)).stream().noneMatch(p -> p.partition() == partition.partition())) {
                return Optional.empty();
            }
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            long begin = consumer.beginningOffsets(List.of(partition)).get(partition);
            if (at.get().offset() < begin || at.get().offset() >= end) {
                return Optional.empty();
            }
            consumer.assign(List.of(partition));
            consumer.seek(partition, at.get().offset());
            for (int attempt = 0; attempt < 20; attempt++) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    if (record.offset() == at.get().offset()) {
                        return Optional.of(record);
                    }
                }
            }
            return Optional.empty();
        }
    }

    private static DeadLetter summary(ConsumerRecord<String, String> record) {
        return new DeadLetter(record.partition() + "-" + record.offset(), Instant.ofEpochMilli(record.timestamp()),
                header(record, "dead-letter-topic").orElse(null), header(record, "dead-letter-partition").map(Integer::valueOf).orElse(null),
                header(record, "dead-letter-offset").map(Long::valueOf).orElse(null), record.key(), header(record, "ce_type").orElse(null),
                header(record, "ce_id").orElse(null), header(record, "ce_source").orElse(null),
                header(record, "dead-letter-reason").orElse(null), header(record, "dead-letter-cause").orElse(null), null, null, null, null);
    }

    private static Optional<String> header(ConsumerRecord<String, String> record, String name) {
        return Optional.ofNullable(record.headers().lastHeader(name)).map(DeadLetters::text);
    }

    private static String text(Header header) {
        return header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private record Position(int partition, long offset) {
    }

    private static Optional<Position> parse(String position) {
        Matcher matcher = POSITION.matcher(position);
        return matcher.matches() ? Optional.of(new Position(Integer.parseInt(matcher.group(1)), Long.parseLong(matcher.group(2))))
                : Optional.empty();
    }

    private KafkaConsumer<String, String> consumer() {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Map<String, Object> config = new HashMap<>();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
            producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}

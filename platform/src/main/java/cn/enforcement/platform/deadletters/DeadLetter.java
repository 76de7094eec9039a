package cn.enforcement.platform.deadletters;

import java.time.Instant;
import java.util.Map;

/**
 * A message this service could not process, as its dead-letter topic keeps it: where it came from, the CloudEvents
 * attributes of the event, why it failed and whether it was replayed; {@code payload} and {@code headers} only when
 * one dead letter is read.
 */
public record DeadLetter(String position, Instant deadLetteredAt, String sourceTopic, Integer sourcePartition, Long sourceOffset,
        String key, String eventType, String eventId, String eventSource, String reason, String cause, Instant replayedAt,
        String replayedBy, String payload, Map<String, String> headers) {
}

package cn.enforcement.platform.outbox;

import cn.enforcement.platform.events.DomainEvent;
import cn.enforcement.platform.events.EventCatalog;
import cn.enforcement.platform.events.EventType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/**
 * Records an event for publication. It must be called inside the transaction that makes the
 * change: both commit or neither does, so nothing is published for a change that rolled back
 * and nothing is lost when Kafka is down.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;
    private final Clock clock;

    Outbox(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(DomainEvent event) {
        EventType type = EventCatalog.of(event.getClass());
        OutboxEntry entry = new OutboxEntry();
        entry.eventId = UUID.randomUUID();
        entry.topic = type.producer().topic();
        entry.source = type.producer().source();
        entry.aggregateId = event.aggregateId();
        entry.eventType = type.typeName();
        entry.payload = toJson(event);
        entry.occurredAt = clock.instant();
        entry.traceparent = traceparentOf(Span.current().getSpanContext());
        entry.persist();
        return entry.eventId;
    }

    /** The context as a W3C traceparent; none when no trace is recorded (tracing is off by default). */
    static String traceparentOf(SpanContext context) {
        return context.isValid() ? "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex() : null;
    }

    private String toJson(DomainEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event " + event.getClass().getSimpleName() + " cannot be written as JSON", e);
        }
    }
}

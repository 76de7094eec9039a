package cn.enforcement.platform.inbox;

import cn.enforcement.platform.events.DomainEvent;
import cn.enforcement.platform.events.EventCatalog;
import cn.enforcement.platform.events.EventType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Application;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * The one way a service consumes events: reads the CloudEvents envelope, finds the record type in
 * the catalogue, and applies the handler once per event id. Events nobody here handles are
 * acknowledged and skipped; an event whose source is not the catalogue's producer of its type is
 * refused (no service may speak for another); a message that cannot be read or applied is nacked with the reason,
 * which the channel's dead-letter strategy parks on the dead-letter topic so the partition moves on.
 */
@ApplicationScoped
public class EventInbox {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);

    private final ObjectMapper json;
    private final InboxTransaction transaction;
    private final String consumer;

    EventInbox(ObjectMapper json, InboxTransaction transaction,
            @ConfigProperty(name = "quarkus.application.name") String consumer) {
        this.json = json;
        this.transaction = transaction;
        this.consumer = consumer;
    }

    public CompletionStage<Void> receive(Message<String> message, EventHandlers handlers) {
        Optional<IncomingCloudEventMetadata> envelope = message.getMetadata(IncomingCloudEventMetadata.class);
        if (envelope.isEmpty()) {
            return message.nack(new UnreadableEventException("the message carries no CloudEvents attributes"));
        }
        IncomingCloudEventMetadata<?> attributes = envelope.get();
        Optional<EventType> type = EventCatalog.byTypeName(attributes.getType());
        if (type.isEmpty()) {
            LOG.debugf("%s: skipping event type %s unknown to this version", consumer, attributes.getType());
            return message.ack();
        }
        Optional<Consumer<InboundEvent<?>>> handler = handlers.handlerFor(type.get().payload());
        if (handler.isEmpty()) {
            return message.ack();
        }
        String producer = type.get().producer().source();
        if (!producer.equals(String.valueOf(attributes.getSource()))) {
            return message.nack(new EventRefusedException(attributes.getType() + " " + attributes.getId() + " comes from "
                    + attributes.getSource() + "; only " + producer + " publishes it"));
        }
        InboundEvent<?> event;
        try {
            DomainEvent payload = json.readValue(message.getPayload(), type.get().payload());
            Instant time = attributes.getTimeStamp().map(ZonedDateTime::toInstant).orElse(null);
            event = new InboundEvent<>(attributes.getId(), attributes.getType(), time, payload);
        } catch (Exception e) {
            return message.nack(new UnreadableEventException(
                    "the body of " + attributes.getType() + " " + attributes.getId() + " cannot be read: " + e.getMessage()));
        }
        try {
            boolean applied = transaction.applyOnce(consumer, event, handler.get());
            LOG.debugf("%s: %s %s %s", consumer, applied ? "applied" : "already had", event.typeName(), event.eventId());
            return message.ack();
        } catch (RuntimeException e) {
            if (shuttingDown()) {
                // the service stopped under the handler (its database closed): the event is not at fault. Left
                // unacknowledged, its offset is never committed and the partition's next owner applies it.
                LOG.infof("%s: %s %s left for the next owner of its partition: this instance is stopping", consumer,
                        event.typeName(), event.eventId());
                return new CompletableFuture<>();
            }
            LOG.errorf(e, "%s: %s %s failed after retries; dead-lettering it", consumer, event.typeName(), event.eventId());
            return message.nack(e);
        }
    }

    private static boolean shuttingDown() {
        Application application = Application.currentApplication();
        return application != null && !application.isStarted();
    }

    /** A message this consumer can never process, however often it is retried. */
    public static class UnreadableEventException extends RuntimeException {
        public UnreadableEventException(String message) {
            super(message);
        }
    }
}

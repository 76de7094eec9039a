package cn.enforcement.platform.inbox;

import cn.enforcement.platform.events.DomainEvent;
import java.time.Instant;

/** A consumed event with the envelope attributes a handler may need (its id for idempotency, its time for ordering). */
public record InboundEvent<E extends DomainEvent>(String eventId, String typeName, Instant time, E payload) {
}

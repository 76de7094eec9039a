package cn.enforcement.platform.inbox;

import cn.enforcement.platform.events.DomainEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What one consumer does with each event type it cares about; other types on the topic are skipped.
 * A handler may be registered for a supertype (e.g. every credential event); an exact type wins. A consumer
 * that keeps a record of every event of a kind besides what it does with some of them (the supervision feed)
 * adds it with {@link #andEvery}: it runs after the type's own handler, in the same transaction.
 */
public final class EventHandlers {

    private final Map<Class<? extends DomainEvent>, Consumer<InboundEvent<?>>> handlers = new LinkedHashMap<>();
    private final List<Map.Entry<Class<? extends DomainEvent>, Consumer<InboundEvent<?>>>> everyOf = new ArrayList<>();

    public static EventHandlers create() {
        return new EventHandlers();
    }

    @SuppressWarnings("unchecked")
    public <E extends DomainEvent> EventHandlers on(Class<E> type, Consumer<InboundEvent<E>> handler) {
        handlers.put(type, event -> handler.accept((InboundEvent<E>) event));
        return this;
    }

    /** Also hands every event of the type or its subtypes, handled above or not, to the consumer. */
    @SuppressWarnings("unchecked")
    public <E extends DomainEvent> EventHandlers andEvery(Class<E> type, Consumer<InboundEvent<E>> each) {
        everyOf.add(Map.entry(type, event -> each.accept((InboundEvent<E>) event)));
        return this;
    }

    Optional<Consumer<InboundEvent<?>>> handlerFor(Class<? extends DomainEvent> type) {
        Optional<Consumer<InboundEvent<?>>> own = ownHandlerFor(type);
        List<Consumer<InboundEvent<?>>> every = everyOf.stream().filter(e -> e.getKey().isAssignableFrom(type)).map(Map.Entry::getValue)
                .toList();
        if (every.isEmpty()) {
            return own;
        }
        return Optional.of(event -> {
            own.ifPresent(handler -> handler.accept(event));
            every.forEach(handler -> handler.accept(event));
        });
    }

    private Optional<Consumer<InboundEvent<?>>> ownHandlerFor(Class<? extends DomainEvent> type) {
        Consumer<InboundEvent<?>> exact = handlers.get(type);
        if (exact != null) {
            return Optional.of(exact);
        }
        return handlers.entrySet().stream().filter(e -> e.getKey().isAssignableFrom(type)).map(Map.Entry::getValue).findFirst();
    }
}

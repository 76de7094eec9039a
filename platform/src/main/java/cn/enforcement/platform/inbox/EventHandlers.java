package cn.enforcement.platform.inbox;

import cn.enforcement.platform.events.DomainEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What one consumer does with each event type it cares about; other types on the topic are skipped.
 * A handler may be registered for a supertype (e.g. every credential event); an exact type wins.
 */
public final class EventHandlers {

    private final Map<Class<? extends DomainEvent>, Consumer<InboundEvent<?>>> handlers = new LinkedHashMap<>();

    public static EventHandlers create() {
        return new EventHandlers();
    }

    @SuppressWarnings("unchecked")
    public <E extends DomainEvent> EventHandlers on(Class<E> type, Consumer<InboundEvent<E>> handler) {
        handlers.put(type, event -> handler.accept((InboundEvent<E>) event));
        return this;
    }

    Optional<Consumer<InboundEvent<?>>> handlerFor(Class<? extends DomainEvent> type) {
        Consumer<InboundEvent<?>> exact = handlers.get(type);
        if (exact != null) {
            return Optional.of(exact);
        }
        return handlers.entrySet().stream().filter(e -> e.getKey().isAssignableFrom(type)).map(Map.Entry::getValue).findFirst();
    }
}

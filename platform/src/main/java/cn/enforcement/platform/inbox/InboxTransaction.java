package cn.enforcement.platform.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Consumer;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Applies one event in its own transaction, at most once per consumer. Retried on failure, each
 * attempt in a fresh transaction; what still fails goes back to the channel to be dead-lettered. An
 * event the domain refuses ({@link EventRefusedException}) is not retried: it never becomes valid.
 */
@ApplicationScoped
public class InboxTransaction {

    private final ProcessedEvents processed;

    InboxTransaction(ProcessedEvents processed) {
        this.processed = processed;
    }

    @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = EventRefusedException.class)
    public boolean applyOnce(String consumer, InboundEvent<?> event, Consumer<InboundEvent<?>> handler) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!processed.markFirstDelivery(consumer, event.eventId())) {
                return false;
            }
            handler.accept(event);
            return true;
        });
    }
}

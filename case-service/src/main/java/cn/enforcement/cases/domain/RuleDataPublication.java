package cn.enforcement.cases.domain;

import cn.enforcement.platform.events.DomainEvent;
import cn.enforcement.platform.hashing.Sha256;
import cn.enforcement.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

/**
 * case-service keeps the province's rule data (the working-day calendar, the violation catalogue) and tells the
 * other services every change once: an event is published when the data under a key differs from what was last
 * published, in the transaction of the change.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RuleDataPublication {

    private final Outbox outbox;
    private final Clock clock;

    RuleDataPublication(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** {@code data} is compared by its string form: records and lists of records print all their values. */
    public void publishIfChanged(String key, Object data, Function<Instant, DomainEvent> event) {
        String digest = Sha256.hex(String.valueOf(data));
        PublishedRuleData published = PublishedRuleData.findById(key);
        if (published != null && published.digest.equals(digest)) {
            return;
        }
        boolean first = published == null;
        if (first) {
            published = new PublishedRuleData();
            published.key = key;
        }
        published.digest = digest;
        published.publishedAt = clock.instant();
        if (first) {
            published.persist();
        }
        outbox.publish(event.apply(published.publishedAt));
    }
}

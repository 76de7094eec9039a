package cn.enforcement.platform.outbox;

import cn.enforcement.platform.outbox.EventPublisher.PublishResult;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Moves committed outbox entries to Kafka, oldest first, as soon as they commit (woken by PostgreSQL's
 * NOTIFY, see {@link OutboxWakeUp}) and on a poll as the fallback. Each round runs in one transaction that
 * holds a PostgreSQL advisory lock, so with several replicas only one relays at a time and the
 * order per aggregate holds; the others skip the round. Failures back off; sent entries are pruned
 * after the retention period.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key of the relay ("outbox" in ASCII); each service has its own database. */
    private static final long RELAY_LOCK = 0x6f7574626f78L;

    private final EntityManager entityManager;
    private final EventPublisher publisher;
    private final Clock clock;
    private final int batchSize;
    private final Duration retention;
    private final RelayBackoff backoff;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicBoolean wanted = new AtomicBoolean();
    private final ReentrantLock relaying = new ReentrantLock();

    OutboxRelay(EntityManager entityManager, EventPublisher publisher, Clock clock, MeterRegistry metrics,
            @ConfigProperty(name = "enforcement.outbox.batch-size", defaultValue = "200") int batchSize,
            @ConfigProperty(name = "enforcement.outbox.retention", defaultValue = "P7D") Duration retention,
            @ConfigProperty(name = "enforcement.outbox.backoff-base", defaultValue = "PT0.5S") Duration backoffBase,
            @ConfigProperty(name = "enforcement.outbox.backoff-max", defaultValue = "PT30S") Duration backoffMax) {
        this.entityManager = entityManager;
        this.publisher = publisher;
        this.clock = clock;
        this.batchSize = batchSize;
        this.retention = retention;
        this.backoff = new RelayBackoff(backoffBase, backoffMax);
        Gauge.builder("enforcement.outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox events committed but not yet acknowledged by Kafka")
                .register(metrics);
    }

    /**
     * Relays what is pending: on the poll (the fallback) and whenever an event commits ({@link OutboxWakeUp}).
     * A call while a round runs is not lost: the running caller does one more round.
     */
    @Scheduled(every = "${enforcement.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relayPending() {
        wanted.set(true);
        while (wanted.get() && relaying.tryLock()) {
            try {
                wanted.set(false);
                relayRound();
            } finally {
                relaying.unlock();
            }
        }
    }

    private void relayRound() {
        Instant now = clock.instant();
        if (!backoff.mayAttempt(now)) {
            return;
        }
        PublishResult result;
        do {
            result = QuarkusTransaction.requiringNew().call(this::relayOneBatch);
        } while (result.failure() == null && result.acknowledged() == batchSize);
        if (result.failure() == null) {
            backoff.succeeded();
        } else {
            Duration delay = backoff.failed(now);
            LOG.warnf("outbox relay: Kafka refused or is unreachable (%s); next attempt in %s",
                    result.failure().getMessage(), delay);
        }
    }

    /** Public for tests that drive the relay directly; in service it runs on the schedule above. */
    public PublishResult relayOneBatch() {
        Boolean locked = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK).getSingleResult();
        if (!locked) {
            return PublishResult.all(0);
        }
        List<OutboxEntry> pending = entityManager
                .createQuery("from OutboxEntry where sentAt is null order by id", OutboxEntry.class)
                .setMaxResults(batchSize)
                .getResultList();
        if (pending.isEmpty()) {
            return PublishResult.all(0);
        }
        PublishResult result = publisher.publishInOrder(pending);
        settle(pending, result, clock.instant());
        return result;
    }

    /**
     * Marks the acknowledged prefix as sent; the first unacknowledged entry records the failure and
     * stays pending, with everything after it, for the next round.
     */
    static void settle(List<OutboxEntry> pending, PublishResult result, Instant sentAt) {
        for (int i = 0; i < result.acknowledged(); i++) {
            pending.get(i).sentAt = sentAt;
        }
        if (result.failure() != null && result.acknowledged() < pending.size()) {
            OutboxEntry stuck = pending.get(result.acknowledged());
            stuck.attempts++;
            stuck.lastError = abbreviate(String.valueOf(result.failure().getMessage()));
        }
    }

    @Scheduled(every = "${enforcement.outbox.backlog-interval:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void measureBacklog() {
        backlog.set(QuarkusTransaction.requiringNew().call(() -> (Long) entityManager
                .createQuery("select count(e) from OutboxEntry e where e.sentAt is null").getSingleResult()));
    }

    @Scheduled(every = "${enforcement.outbox.prune-interval:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void pruneSent() {
        Instant cutoff = clock.instant().minus(retention);
        int pruned = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("delete from OutboxEntry where sentAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate());
        if (pruned > 0) {
            LOG.infof("outbox: pruned %d events sent before %s", pruned, cutoff);
        }
    }

    private static String abbreviate(String message) {
        return message.length() <= 1000 ? message : message.substring(0, 1000);
    }
}

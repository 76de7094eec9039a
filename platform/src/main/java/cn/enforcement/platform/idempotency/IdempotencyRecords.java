package cn.enforcement.platform.idempotency;

import cn.enforcement.problem.PlatformProblem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The stored first responses of idempotent commands, per caller and key, kept until they expire. */
@ApplicationScoped
public class IdempotencyRecords {

    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7e]{8,255}");

    private final EntityManager entityManager;
    private final Clock clock;
    private final Duration retention;

    IdempotencyRecords(EntityManager entityManager, Clock clock,
            @ConfigProperty(name = "enforcement.idempotency.retention", defaultValue = "PT24H") Duration retention) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.retention = retention;
    }

    public record StoredResponse(String fingerprint, int status, String body, String location) {
    }

    public static void requireValid(String key) {
        if (!VALID_KEY.matcher(key).matches()) {
            throw PlatformProblem.IDEMPOTENCY_KEY_INVALID.refuse(
                    "Idempotency-Key must be 8 to 255 visible ASCII characters, e.g. a UUID");
        }
    }

    /** A key answers only the request it was first used for. */
    public static void requireSameRequest(StoredResponse earlier, String fingerprint) {
        if (!earlier.fingerprint().equals(fingerprint)) {
            throw PlatformProblem.IDEMPOTENCY_KEY_REUSED.refuse("this Idempotency-Key was already used for a different request");
        }
    }

    /** The response stored for this caller and key, if one was committed and has not expired. */
    public Optional<StoredResponse> find(String caller, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select fingerprint, status, body, location from idempotency_record
                where caller = ?1 and idem_key = ?2 and expires_at >= ?3 and status is not null""")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, clock.instant()).getResultList();
        return rows.stream().findFirst().map(IdempotencyRecords::storedResponse);
    }

    /**
     * Claims the key for this request inside the current transaction. Empty when the claim is new;
     * otherwise the response stored by the earlier request. A concurrent request with the same key
     * waits on the row until the first commits or rolls back.
     */
    public Optional<StoredResponse> claim(String caller, String key, String fingerprint) {
        Instant now = clock.instant();
        // one statement claims a new key or one whose record expired; a live record is left as it is
        int inserted = entityManager.createNativeQuery("""
                insert into idempotency_record (caller, idem_key, fingerprint, created_at, expires_at)
                values (?1, ?2, ?3, ?4, ?5)
                on conflict (caller, idem_key) do update set fingerprint = excluded.fingerprint, status = null, body = null,
                    location = null, created_at = excluded.created_at, expires_at = excluded.expires_at
                where idempotency_record.expires_at < excluded.created_at""")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, fingerprint)
                .setParameter(4, now).setParameter(5, now.plus(retention))
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select fingerprint, status, body, location from idempotency_record where caller = ?1 and idem_key = ?2""")
                .setParameter(1, caller).setParameter(2, key).getResultList();
        return Optional.of(storedResponse(rows.get(0)));
    }

    private static StoredResponse storedResponse(Object[] row) {
        return new StoredResponse((String) row[0], ((Number) row[1]).intValue(), (String) row[2], (String) row[3]);
    }

    public void complete(String caller, String key, int status, String body, String location) {
        entityManager.createNativeQuery("""
                update idempotency_record set status = ?3, body = ?4, location = ?5 where caller = ?1 and idem_key = ?2""")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, status)
                .setParameter(4, body).setParameter(5, location)
                .executeUpdate();
    }

    @Scheduled(every = "${enforcement.idempotency.prune-interval:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void pruneExpired() {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from idempotency_record where expires_at < ?1")
                .setParameter(1, clock.instant()).executeUpdate());
    }
}

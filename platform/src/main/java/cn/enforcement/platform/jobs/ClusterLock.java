package cn.enforcement.platform.jobs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Runs scheduled work once per replica set rather than once per replica: the work runs in one
 * transaction holding a PostgreSQL advisory lock named after the job; a replica that cannot take
 * the lock skips the round.
 */
@ApplicationScoped
public class ClusterLock {

    private final EntityManager entityManager;

    ClusterLock(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** True when this replica ran the work; false when another replica holds the job. */
    public boolean runExclusively(String job, Runnable work) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Boolean locked = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(hashtext(?1))")
                    .setParameter(1, job).getSingleResult();
            if (!locked) {
                return false;
            }
            work.run();
            return true;
        });
    }
}

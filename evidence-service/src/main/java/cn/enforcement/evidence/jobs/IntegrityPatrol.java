package cn.enforcement.evidence.jobs;

import cn.enforcement.evidence.domain.safekeeping.EvidenceCustodian;
import cn.enforcement.evidence.domain.intake.Evidence;
import cn.enforcement.platform.jobs.ClusterLock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Re-verifies stored objects on a rolling basis, those verified longest ago first, a batch per
 * round, once across replicas; a mismatch raises EvidenceIntegrityFailed.
 */
@ApplicationScoped
public class IntegrityPatrol {

    private static final Logger LOG = Logger.getLogger(IntegrityPatrol.class);

    private final EvidenceCustodian custodian;
    private final ClusterLock lock;
    private final int batch;

    IntegrityPatrol(EvidenceCustodian custodian, ClusterLock lock,
            @ConfigProperty(name = "evidence.patrol.batch", defaultValue = "20") int batch) {
        this.custodian = custodian;
        this.lock = lock;
        this.batch = batch;
    }

    @Scheduled(every = "${evidence.patrol.every:15m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void patrol() {
        List<String> due = QuarkusTransaction.requiringNew().call(() -> Evidence.<Evidence>find(
                "order by lastVerifiedAt nulls first").page(0, batch).list().stream().map(e -> e.evidenceId).toList());
        boolean ran = lock.runExclusively("integrity-patrol", () -> due.forEach(this::verifyQuietly));
        if (!ran) {
            LOG.debug("the integrity patrol runs on another replica");
        }
    }

    private void verifyQuietly(String evidenceId) {
        try {
            custodian.verify(evidenceId, "system", null);
        } catch (Exception e) {
            LOG.warnf("verification of %s failed to run: %s", evidenceId, e.getMessage());
        }
    }
}

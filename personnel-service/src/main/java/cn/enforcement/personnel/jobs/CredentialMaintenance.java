package cn.enforcement.personnel.jobs;

import cn.enforcement.platform.time.BeijingTime;
import cn.enforcement.personnel.domain.CredentialOffice;
import cn.enforcement.platform.jobs.ClusterLock;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * The nightly round, once per replica set: expire credentials past their last day, end suspensions
 * whose period is over, and mark credentials whose annual review is overdue.
 */
@ApplicationScoped
public class CredentialMaintenance {

    private static final Logger LOG = Logger.getLogger(CredentialMaintenance.class);

    private final CredentialOffice office;
    private final ClusterLock lock;

    CredentialMaintenance(CredentialOffice office, ClusterLock lock) {
        this.office = office;
        this.lock = lock;
    }

    @Scheduled(cron = "${personnel.maintenance.cron:0 5 0 * * ?}", timeZone = BeijingTime.ZONE_ID,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void run() {
        boolean ran = lock.runExclusively("credential-maintenance", () -> {
            int expired = office.expireDue();
            int reinstated = office.reinstateEndedSuspensions();
            int overdue = office.markOverdueReviews();
            LOG.infof("credential maintenance: %d expired, %d suspensions ended, %d annual reviews overdue",
                    expired, reinstated, overdue);
        });
        if (!ran) {
            LOG.debug("credential maintenance runs on another replica");
        }
    }
}

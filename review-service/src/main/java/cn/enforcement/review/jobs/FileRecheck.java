package cn.enforcement.review.jobs;

import cn.enforcement.platform.jobs.ClusterLock;
import cn.enforcement.review.domain.audit.FileAudit;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Closed files last checked with other checks than this version's (a check added or changed since) are checked
 * again over their stored history, a batch per transaction, once across replicas.
 */
@ApplicationScoped
public class FileRecheck {

    private static final Logger LOG = Logger.getLogger(FileRecheck.class);
    private static final int BATCH = 200;

    private final ClusterLock lock;
    private final FileAudit audit;

    FileRecheck(ClusterLock lock, FileAudit audit) {
        this.lock = lock;
        this.audit = audit;
    }

    @Scheduled(every = "${enforcement.file-recheck.every}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void recheck() {
        lock.runExclusively("file-recheck", () -> {
            int checked = audit.recheckChanged(BATCH);
            if (checked > 0) {
                LOG.infof("checked %d closed files again with the current file checks", checked);
            }
        });
    }
}

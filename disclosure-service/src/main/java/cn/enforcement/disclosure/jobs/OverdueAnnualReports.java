package cn.enforcement.disclosure.jobs;

import cn.enforcement.disclosure.domain.AnnualReports;
import cn.enforcement.platform.jobs.ClusterLock;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** After the due day (31 January), agencies without a published report of the past year are flagged to supervisors, once. */
@ApplicationScoped
public class OverdueAnnualReports {

    private final ClusterLock lock;
    private final AnnualReports reports;

    OverdueAnnualReports(ClusterLock lock, AnnualReports reports) {
        this.lock = lock;
        this.reports = reports;
    }

    @Scheduled(cron = "${enforcement.annual-report-watch.cron}", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void watch() {
        lock.runExclusively("annual-report-watch", reports::flagOverdue);
    }
}

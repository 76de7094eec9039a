package cn.enforcement.review.jobs;

import cn.enforcement.platform.jobs.ClusterLock;
import cn.enforcement.review.domain.complaint.ComplaintDesk;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Complaints not answered by their last day are published (ComplaintOverdue), once each, once across replicas. */
@ApplicationScoped
public class OverdueComplaints {

    private final ClusterLock lock;
    private final ComplaintDesk desk;

    OverdueComplaints(ClusterLock lock, ComplaintDesk desk) {
        this.lock = lock;
        this.desk = desk;
    }

    @Scheduled(every = "${enforcement.complaint-overdue-watch.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void watch() {
        lock.runExclusively("complaint-overdue-watch", desk::publishOverdue);
    }
}

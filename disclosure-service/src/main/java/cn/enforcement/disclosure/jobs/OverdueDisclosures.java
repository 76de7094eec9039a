package cn.enforcement.disclosure.jobs;

import cn.enforcement.disclosure.domain.DisclosureDesk;
import cn.enforcement.platform.jobs.ClusterLock;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Decisions not published, or revoked ones not withdrawn, by their last day: DisclosureOverdue once each, once across replicas. */
@ApplicationScoped
public class OverdueDisclosures {

    private final ClusterLock lock;
    private final DisclosureDesk desk;

    OverdueDisclosures(ClusterLock lock, DisclosureDesk desk) {
        this.lock = lock;
        this.desk = desk;
    }

    @Scheduled(every = "${enforcement.disclosure-overdue-watch.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void watch() {
        lock.runExclusively("disclosure-overdue-watch", desk::publishOverdue);
    }
}

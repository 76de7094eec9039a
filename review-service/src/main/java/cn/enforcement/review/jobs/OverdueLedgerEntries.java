package cn.enforcement.review.jobs;

import cn.enforcement.platform.jobs.ClusterLock;
import cn.enforcement.review.domain.ledger.ProblemLedger;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Ledger entries past their last day escalate to the region's supervisors (LedgerEntryOverdue), once per last day. */
@ApplicationScoped
public class OverdueLedgerEntries {

    private final ClusterLock lock;
    private final ProblemLedger ledger;

    OverdueLedgerEntries(ClusterLock lock, ProblemLedger ledger) {
        this.lock = lock;
        this.ledger = ledger;
    }

    @Scheduled(every = "${enforcement.ledger-overdue-watch.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void watch() {
        lock.runExclusively("ledger-overdue-watch", ledger::publishOverdue);
    }
}

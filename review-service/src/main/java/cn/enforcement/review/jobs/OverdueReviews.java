package cn.enforcement.review.jobs;

import cn.enforcement.platform.jobs.ClusterLock;
import cn.enforcement.review.domain.LegalReviewDesk;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Reviews past their last day are published (LegalReviewOverdue), once each, once across replicas. */
@ApplicationScoped
public class OverdueReviews {

    private final ClusterLock lock;
    private final LegalReviewDesk desk;

    OverdueReviews(ClusterLock lock, LegalReviewDesk desk) {
        this.lock = lock;
        this.desk = desk;
    }

    @Scheduled(every = "${enforcement.review-overdue-watch.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void watch() {
        lock.runExclusively("review-overdue-watch", desk::publishOverdue);
    }
}

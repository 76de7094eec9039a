package cn.enforcement.disclosure.jobs;

import cn.enforcement.disclosure.domain.SupervisionPush;
import cn.enforcement.platform.jobs.ClusterLock;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Pushes the supervision feed to the partners' subscriptions every few seconds, once across replicas. */
@ApplicationScoped
public class SupervisionPushRounds {

    private final ClusterLock lock;
    private final SupervisionPush push;

    SupervisionPushRounds(ClusterLock lock, SupervisionPush push) {
        this.lock = lock;
        this.push = push;
    }

    @Scheduled(every = "${supervision.push.every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void push() {
        lock.runExclusively("supervision-push", push::deliverDue);
    }
}

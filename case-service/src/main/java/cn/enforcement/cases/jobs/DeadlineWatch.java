package cn.enforcement.cases.jobs;

import cn.enforcement.cases.domain.CaseDeadline;
import cn.enforcement.cases.domain.CaseRules;
import cn.enforcement.cases.domain.PenaltyCase;
import cn.enforcement.platform.events.cases.CaseDeadlineApproaching;
import cn.enforcement.platform.events.cases.CaseDeadlineMissed;
import cn.enforcement.platform.jobs.ClusterLock;
import cn.enforcement.platform.outbox.Outbox;
import cn.enforcement.platform.time.BeijingTime;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Watches open deadlines, once across replicas: a deadline within the warning days turns yellow
 * and one past its last day red, each published once (CaseDeadlineApproaching / CaseDeadlineMissed)
 * for supervision platforms.
 */
@ApplicationScoped
public class DeadlineWatch {

    private final ClusterLock lock;
    private final Outbox outbox;
    private final Clock clock;
    private final CaseRules rules;

    DeadlineWatch(ClusterLock lock, Outbox outbox, Clock clock, CaseRules rules) {
        this.lock = lock;
        this.outbox = outbox;
        this.clock = clock;
        this.rules = rules;
    }

    @Scheduled(every = "${enforcement.deadline-watch.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void watch() {
        lock.runExclusively("case-deadline-watch", this::publishChanges);
    }

    void publishChanges() {
        LocalDate today = BeijingTime.today(clock);
        List<CaseDeadline> open = CaseDeadline.list("status = ?1 and dueOn <= ?2 and (warned = false or missed = false)",
                CaseDeadline.Status.OPEN, today.plusDays(rules.deadlineWarningDays()));
        for (CaseDeadline deadline : open) {
            if (!deadline.kind.isWatched()) {
                continue;
            }
            PenaltyCase penaltyCase = PenaltyCase.findById(deadline.caseId);
            if (today.isAfter(deadline.dueOn) && !deadline.missed) {
                deadline.missed = true;
                deadline.warned = true;
                outbox.publish(new CaseDeadlineMissed(penaltyCase.ref(), deadline.kind.name(), deadline.dueOn, clock.instant()));
            } else if (!today.isAfter(deadline.dueOn) && !deadline.warned) {
                deadline.warned = true;
                outbox.publish(new CaseDeadlineApproaching(penaltyCase.ref(), deadline.kind.name(), deadline.dueOn,
                        clock.instant()));
            }
        }
    }
}

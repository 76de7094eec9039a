package cn.enforcement.evidence.jobs;

import cn.enforcement.evidence.domain.checklist.RecordingChecklist;
import cn.enforcement.evidence.readmodel.KnownCase;
import cn.enforcement.platform.events.evidence.RecordingMissing;
import cn.enforcement.platform.jobs.ClusterLock;
import cn.enforcement.platform.outbox.Outbox;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Raises RecordingMissing once per case stage whose audio-video record is still missing past the
 * allowed delay (the field problem: footage uploaded late or unlabelled, then lost), once across replicas.
 */
@ApplicationScoped
public class RecordingAlerts {

    private final RecordingChecklist checklist;
    private final ClusterLock lock;
    private final Outbox outbox;
    private final Clock clock;

    RecordingAlerts(RecordingChecklist checklist, ClusterLock lock, Outbox outbox, Clock clock) {
        this.checklist = checklist;
        this.lock = lock;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(every = "${evidence.checklist.check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void raiseAlerts() {
        lock.runExclusively("recording-checklist", () -> {
            for (KnownCase knownCase : KnownCase.<KnownCase>list("status", "OPEN")) {
                for (RecordingChecklist.Entry entry : checklist.of(knownCase)) {
                    if (entry.overdue() && KnownCase.getEntityManager()
                            .createNativeQuery("insert into recording_alert (case_id, stage, raised_at) values (?1, ?2, ?3) on conflict do nothing")
                            .setParameter(1, knownCase.caseId).setParameter(2, entry.stage()).setParameter(3, clock.instant())
                            .executeUpdate() == 1) {
                        outbox.publish(new RecordingMissing(knownCase.caseId, knownCase.agencyCode, knownCase.regionCode, entry.stage(),
                                entry.stageAt(), clock.instant()));
                    }
                }
            }
        });
    }
}

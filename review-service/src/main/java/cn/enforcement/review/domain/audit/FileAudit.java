package cn.enforcement.review.domain.audit;

import cn.enforcement.platform.events.DomainEvent;
import cn.enforcement.platform.events.cases.CaseClosed;
import cn.enforcement.platform.events.cases.CaseEvent;
import cn.enforcement.platform.events.disclosure.DisclosureOverdue;
import cn.enforcement.platform.events.disclosure.DisclosurePublished;
import cn.enforcement.platform.events.disclosure.DisclosureWithdrawn;
import cn.enforcement.platform.events.evidence.EvidenceRecorded;
import cn.enforcement.platform.events.evidence.RecordingMissing;
import cn.enforcement.platform.events.review.CollectiveDiscussionConcluded;
import cn.enforcement.platform.events.review.LegalReviewCompleted;
import cn.enforcement.platform.inbox.InboundEvent;
import cn.enforcement.review.domain.filecheck.FileChecks;
import cn.enforcement.review.domain.filecheck.Finding;
import cn.enforcement.review.domain.ledger.ProblemLedger;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The automated review of every file (案卷自动评查): each event of a case is kept with its history; a closed file is
 * checked when it closes, again when anything more happens to it (a disclosure withdrawn, a recording found
 * missing), and again when the checks change. Its defects go on the agency's problem ledger.
 */
@ApplicationScoped
public class FileAudit {

    private final CaseHistories histories;
    private final FileChecks checks;
    private final ProblemLedger ledger;
    private final Clock clock;

    FileAudit(CaseHistories histories, FileChecks checks, ProblemLedger ledger, Clock clock) {
        this.histories = histories;
        this.checks = checks;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * An event of a case, from any service; in the consumer's transaction. The file's row is locked first: the case's
     * own events and those of evidence, review and disclosure arrive on different channels at once, and without the
     * lock a closing and a piece of evidence applied together each missed the other (the check ran without the
     * evidence, and the evidence's recheck did not see the file closed).
     */
    public void recorded(InboundEvent<? extends DomainEvent> event) {
        DomainEvent payload = event.payload();
        CaseFile file = CaseFile.findById(payload.aggregateId(), LockModeType.PESSIMISTIC_WRITE);
        if (file == null) {
            file = new CaseFile();
            file.caseId = payload.aggregateId();
            file.agencyCode = payload.agencyCode();
            file.regionCode = payload.regionCode();
            file.persist();
        }
        Instant occurredAt = actTime(payload).orElse(event.time());
        if (payload instanceof CaseEvent step) {
            file.caseNumber = step.caseRef().caseNumber();
        }
        List<String> named = CaseHistories.credentialsNamedBy(payload);
        if (!file.credentials.containsAll(named)) {
            file.credentials = Stream.concat(file.credentials.stream(), named.stream()).distinct().toList();
        }
        if (payload instanceof CaseClosed && file.closedAt == null) {
            file.closedAt = occurredAt;
        }
        histories.keep(file.caseId, event, occurredAt);
        if (file.closed()) {
            check(file);
        }
    }

    /** Checks closed files last checked with other checks, a batch per transaction; the number checked. */
    public int recheckChanged(int batch) {
        int checked = 0;
        int done;
        do {
            done = QuarkusTransaction.requiringNew().call(() -> {
                List<CaseFile> stale = CaseFile.checkedWithOtherThan(checks.version(), batch);
                stale.forEach(this::check);
                return stale.size();
            });
            checked += done;
        } while (done == batch);
        return checked;
    }

    /** When the act happened, as its event says: an act recorded later (offline, say) is placed at its own time. */
    private static Optional<Instant> actTime(DomainEvent payload) {
        Instant at = null;
        if (payload instanceof CaseEvent step) {
            at = step.at();
        } else if (payload instanceof EvidenceRecorded recorded) {
            at = recorded.recordedAt();
        } else if (payload instanceof RecordingMissing missing) {
            at = missing.detectedAt();
        } else if (payload instanceof LegalReviewCompleted review) {
            at = review.completedAt();
        } else if (payload instanceof CollectiveDiscussionConcluded discussion) {
            at = discussion.recordedAt();
        } else if (payload instanceof DisclosurePublished published) {
            at = published.publishedAt();
        } else if (payload instanceof DisclosureWithdrawn withdrawn) {
            at = withdrawn.withdrawnAt();
        } else if (payload instanceof DisclosureOverdue overdue) {
            at = overdue.at();
        }
        return Optional.ofNullable(at);
    }

    private void check(CaseFile file) {
        List<Finding> findings = checks.check(histories.of(file.caseId));
        Instant now = clock.instant();
        FileFinding.delete("caseId", file.caseId);
        findings.forEach(finding -> FileFinding.of(file, finding, now).persist());
        file.checkedWith = checks.version();
        file.checkedAt = now;
        ledger.defectsFound(new ProblemLedger.CheckedCase(file.caseId, file.caseNumber, file.agencyCode, file.regionCode), findings);
    }
}

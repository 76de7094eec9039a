package cn.enforcement.review.domain.ledger;

import cn.enforcement.platform.events.review.LedgerEntryOverdue;
import cn.enforcement.platform.outbox.Outbox;
import cn.enforcement.platform.time.BeijingTime;
import cn.enforcement.review.domain.ReviewProblem;
import cn.enforcement.review.domain.ReviewRules;
import cn.enforcement.review.domain.filecheck.Finding;
import cn.enforcement.review.domain.filecheck.FindingGrade;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import cn.enforcement.platform.agencies.KnownAgencies;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The problem ledger (问题清单台账, seed 001): problems are opened by supervisors and by the automated checks, rectified
 * by the agency, closed one by one (逐条销号) only with the agency head's approval, re-opened when found again, and
 * escalated to the region's supervisors when their last day passes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ProblemLedger {

    /** Who acts when the platform itself opens or re-opens an entry. */
    static final String PLATFORM = "review-service";

    private final Outbox outbox;
    private final Clock clock;
    private final ReviewRules rules;
    private final KnownAgencies agencies;

    /** The closed case whose file the automated checks read. */
    public record CheckedCase(String caseId, String caseNumber, String agencyCode, String regionCode) {
    }

    ProblemLedger(Outbox outbox, Clock clock, ReviewRules rules, KnownAgencies agencies) {
        this.agencies = agencies;
        this.outbox = outbox;
        this.clock = clock;
        this.rules = rules;
    }

    /** What a supervisor (or the platform) enters: the problem, its measure, owner and last day. */
    public record NewProblem(String agencyCode, String regionCode, LedgerSource source, String problem, String measure, String owner,
            LocalDate dueOn) {
    }

    public LedgerEntry open(NewProblem problem, String actor) {
        agencies.requireInForce(problem.agencyCode());
        if (problem.dueOn().isBefore(BeijingTime.today(clock))) {
            throw ReviewProblem.LEDGER_DUE_DATE_PAST.refuse("the last day " + problem.dueOn() + " has passed");
        }
        return open(problem, null, actor);
    }

    /**
     * Defects the automated checks found in a closed file: one entry per agency and check, opened at the first file,
     * counting each further file once, and re-opened when a file not counted before shows the problem after it closed.
     */
    public void defectsFound(CheckedCase file, List<Finding> findings) {
        Map<String, Finding> firstPerCheck = new LinkedHashMap<>();
        findings.stream().filter(f -> f.grade() == FindingGrade.DEFECT).forEach(f -> firstPerCheck.putIfAbsent(f.check(), f));
        LocalDate due = BeijingTime.today(clock).plusDays(rules.ledgerRectificationDays());
        for (Finding finding : firstPerCheck.values()) {
            String key = "FILE_CHECK:" + finding.check();
            LedgerEntry entry = LedgerEntry.bySource(file.agencyCode(), key).orElse(null);
            if (entry == null) {
                entry = open(new NewProblem(file.agencyCode(), file.regionCode(), LedgerSource.FILE_CHECK,
                        bounded("案卷自动评查 " + finding.check() + " (" + finding.basis() + "), " + file.caseNumber() + ": " + finding.description()),
                        "逐案核查原因并整改，完善制度，防止再次发生 (" + finding.basis() + ")", "负责人", due), key, PLATFORM);
            } else if (LedgerEntryCase.counted(entry.entryId, file.caseId())) {
                continue;
            } else if (entry.status == LedgerStatus.CLOSED) {
                reopen(entry, "found again in case " + file.caseNumber() + ": " + finding.description(), due, PLATFORM);
            }
            LedgerEntryCase.count(entry.entryId, file.caseId(), clock.instant());
        }
    }

    /** The owner reports what was done, with its evidence; the head then approves or sends it back. */
    public void rectified(LedgerEntry entry, String done, List<String> proof, String actor) {
        if (entry.status != LedgerStatus.OPEN) {
            throw ReviewProblem.LEDGER_ENTRY_NOT_OPEN.refuse("the entry is " + entry.status + "; only an open entry is rectified");
        }
        entry.status = LedgerStatus.RECTIFIED;
        entry.rectification = done;
        entry.rectificationProof = List.copyOf(proof);
        entry.rectifiedBy = actor;
        entry.rectifiedAt = clock.instant();
        LedgerStep.record(entry, "RECTIFIED", actor, done, entry.rectifiedAt);
    }

    /** 逐条销号: the agency head closes the entry, or sends it back to be rectified again. */
    public void closingDecided(LedgerEntry entry, boolean approved, String note, String head) {
        if (entry.status != LedgerStatus.RECTIFIED) {
            throw ReviewProblem.LEDGER_ENTRY_NOT_RECTIFIED.refuse("the entry is " + entry.status + "; only a rectified entry is closed");
        }
        if (!approved && (note == null || note.isBlank())) {
            throw ReviewProblem.LEDGER_SENT_BACK_WITHOUT_REASON.refuse("say why the rectification is not enough");
        }
        Instant now = clock.instant();
        if (approved) {
            entry.status = LedgerStatus.CLOSED;
            entry.closedBy = head;
            entry.closedAt = now;
            entry.closedInTime = !BeijingTime.dayOf(now).isAfter(entry.dueOn);
            LedgerStep.record(entry, "CLOSED", head, note, now);
        } else {
            entry.status = LedgerStatus.OPEN;
            LedgerStep.record(entry, "SENT_BACK", head, note, now);
        }
    }

    /** A supervisor re-opens a closed entry the problem of which persists, with a new last day. */
    public void reopenedBySupervisor(LedgerEntry entry, String reason, LocalDate dueOn, String supervisor) {
        if (entry.status != LedgerStatus.CLOSED) {
            throw ReviewProblem.LEDGER_ENTRY_NOT_CLOSED.refuse("the entry is " + entry.status + "; only a closed entry is re-opened");
        }
        if (dueOn.isBefore(BeijingTime.today(clock))) {
            throw ReviewProblem.LEDGER_DUE_DATE_PAST.refuse("the last day " + dueOn + " has passed");
        }
        reopen(entry, reason, dueOn, supervisor);
    }

    /** Entries past their last day escalate to the region's supervisors (LedgerEntryOverdue), once per last day. */
    public int publishOverdue() {
        LocalDate today = BeijingTime.today(clock);
        List<LedgerEntry> overdue = LedgerEntry.list("status <> ?1 and dueOn < ?2 and (overduePublishedOn is null or overduePublishedOn <> dueOn)",
                LedgerStatus.CLOSED, today);
        for (LedgerEntry entry : overdue) {
            entry.overduePublishedOn = entry.dueOn;
            outbox.publish(new LedgerEntryOverdue(entry.entryId, entry.agencyCode, entry.regionCode, entry.source.name(), entry.problem,
                    entry.owner, entry.dueOn, clock.instant()));
        }
        return overdue.size();
    }

    /** The files an entry was found in. */
    public static List<String> casesOf(String entryId) {
        return LedgerEntryCase.casesOf(entryId);
    }

    private LedgerEntry open(NewProblem problem, String sourceKey, String actor) {
        LedgerEntry entry = new LedgerEntry();
        entry.entryId = UUID.randomUUID().toString();
        entry.agencyCode = problem.agencyCode();
        entry.regionCode = problem.regionCode();
        entry.source = problem.source();
        entry.sourceKey = sourceKey;
        entry.problem = problem.problem();
        entry.measure = problem.measure();
        entry.owner = problem.owner();
        entry.dueOn = problem.dueOn();
        entry.status = LedgerStatus.OPEN;
        entry.createdBy = actor;
        entry.createdAt = clock.instant();
        entry.persist();
        LedgerStep.record(entry, "OPENED", actor, null, entry.createdAt);
        return entry;
    }

    private void reopen(LedgerEntry entry, String reason, LocalDate dueOn, String actor) {
        entry.status = LedgerStatus.OPEN;
        entry.timesReopened++;
        entry.dueOn = dueOn;
        entry.closedAt = null;
        entry.closedBy = null;
        entry.closedInTime = null;
        LedgerStep.record(entry, "REOPENED", actor, bounded(reason), clock.instant());
    }

    private static String bounded(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }
}

package cn.enforcement.disclosure.domain;

import cn.enforcement.disclosure.domain.redaction.FlaggedSpan;
import cn.enforcement.disclosure.domain.redaction.Redacted;
import cn.enforcement.disclosure.domain.redaction.Redaction;
import cn.enforcement.platform.calendar.KeptCalendar;
import cn.enforcement.platform.calendar.WorkingCalendar;
import cn.enforcement.platform.events.cases.CaseDecided;
import cn.enforcement.platform.events.cases.DecisionRevoked;
import cn.enforcement.platform.events.cases.DocumentIssued;
import cn.enforcement.platform.events.cases.NamedPerson;
import cn.enforcement.platform.events.disclosure.DisclosureOverdue;
import cn.enforcement.platform.events.disclosure.DisclosurePublished;
import cn.enforcement.platform.events.disclosure.DisclosureWithdrawn;
import cn.enforcement.platform.outbox.Outbox;
import cn.enforcement.platform.time.BeijingTime;
import cn.enforcement.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The disclosure admin's desk (行政执法公示): a redacted draft for every decision the agency policy
 * publishes, further redaction, publication by the due date, and withdrawal with the reason when the
 * decision is revoked. Every change is logged and leaves through the outbox with the change.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DisclosureDesk {

    private static final Set<String> DECISION_DOCUMENTS = Set.of("PENALTY_DECISION", "ON_THE_SPOT_DECISION");

    private final Outbox outbox;
    private final Clock clock;
    private final KeptCalendar calendar;
    private final DisclosureRules rules;
    private final DisclosureDeadline deadline;
    /** The detectors alone, for drafts: what a case declared is masked in them already. */
    private final Redaction detectors;

    DisclosureDesk(Outbox outbox, Clock clock, KeptCalendar calendar, DisclosureRules rules) {
        this.outbox = outbox;
        this.clock = clock;
        this.calendar = calendar;
        this.rules = rules;
        this.detectors = Redaction.of(List.of(), List.of(), rules.publicPlates().orElse(Set.of()));
        this.deadline = new DisclosureDeadline(rules.publicationWorkingDays(), rules.withdrawalWorkingDays(), rules.warningDays());
    }

    public DisclosureDeadline deadline() {
        return deadline;
    }

    /** A decision the agency policy publishes becomes a redacted draft, due within the publication period. */
    public void decided(CaseDecided decision) {
        if (!rules.publishedProcedures().contains(decision.procedure()) || !rules.publishedPartyTypes().contains(decision.partyType())
                || !rules.publishedPenaltyKinds().contains(decision.penaltyKind())
                || DisclosureRecord.count("caseId", decision.caseRef().caseId()) > 0) {
            return;
        }
        boolean individual = "INDIVIDUAL".equals(decision.partyType());
        Redaction redaction = Redaction.of(personsOf(decision), decision.vehiclePlates(), rules.publicPlates().orElse(Set.of()));
        Redacted facts = redaction.redact(decision.facts());
        Redacted legalBasis = redaction.redact(decision.legalBasis());
        DisclosureRecord record = new DisclosureRecord();
        record.recordId = UUID.randomUUID().toString();
        record.caseId = decision.caseRef().caseId();
        record.caseNumber = decision.caseRef().caseNumber();
        record.agencyCode = decision.caseRef().agencyCode();
        record.regionCode = decision.caseRef().regionCode();
        record.procedure = decision.procedure();
        record.partyType = decision.partyType();
        record.partyName = individual ? Redaction.maskedName(decision.partyName()) : decision.partyName();
        record.organisationCreditCode = individual ? null : decision.organisationCreditCode();
        record.legalRepresentative = individual ? null : decision.persons().stream()
                .filter(p -> p.role() == NamedPerson.Role.LEGAL_REPRESENTATIVE).map(NamedPerson::name).findFirst().orElse(null);
        record.violationItems = decision.violationItems();
        record.facts = facts.text();
        record.legalBasis = legalBasis.text();
        record.penaltyKind = decision.penaltyKind();
        record.amount = decision.amount();
        record.decidedAt = decision.at();
        record.status = DisclosureStatus.DRAFT;
        setDue(record, deadline.publicationDue(BeijingTime.dayOf(decision.at()), calendar.current()));
        record.persist();
        DisclosureLog.write(record.recordId, "DRAFTED", "disclosure-service", "from the decision of " + decision.at() + "; masked "
                + facts.masked() + " in the facts, " + legalBasis.masked() + " in the legal basis", clock.instant());
    }

    /** The persons the decision names; an individual party too when an older event did not list it. */
    private static List<NamedPerson> personsOf(CaseDecided decision) {
        List<NamedPerson> persons = new ArrayList<>(decision.persons());
        boolean partyListed = persons.stream().anyMatch(p -> p.role() == NamedPerson.Role.PARTY);
        if ("INDIVIDUAL".equals(decision.partyType()) && !partyListed) {
            persons.add(new NamedPerson(NamedPerson.Role.PARTY, decision.partyName(), null, null, null));
        }
        return persons;
    }

    /** The decision's document was issued: the public knows the decision by its number (文号); a correction's number replaces it. */
    public void decisionNumbered(DocumentIssued document) {
        if (!DECISION_DOCUMENTS.contains(document.kind())) {
            return;
        }
        DisclosureRecord.<DisclosureRecord>find("caseId", document.caseRef().caseId()).firstResultOptional().ifPresent(record -> {
            record.decisionNumber = document.number();
            DisclosureLog.write(record.recordId, "NUMBERED", "disclosure-service", document.number(), clock.instant());
        });
    }

    /** A span of one of the draft's texts ({@code facts} or {@code legalBasis}) that looks personal. */
    public record DraftFlag(String field, FlaggedSpan span) {
    }

    /** What the draft still holds that looks personal, less what the admin declared not personal. */
    public List<DraftFlag> flags(DisclosureRecord record) {
        return Stream.of(Map.entry("facts", record.facts), Map.entry("legalBasis", record.legalBasis))
                .flatMap(text -> detectors.flags(text.getValue(), record.notPersonalTexts()).stream()
                        .map(span -> new DraftFlag(text.getKey(), span)))
                .toList();
    }

    /** The admin read a flagged span and declares it not personal, with why; it is logged and shown to supervisors. */
    public void declareNotPersonal(DisclosureRecord record, String text, String reason, String admin) {
        requireStatus(record, DisclosureStatus.DRAFT, "declaring a span not personal");
        FlaggedSpan flagged = flags(record).stream().map(DraftFlag::span).filter(span -> span.text().equals(text)).findFirst()
                .orElseThrow(() -> DisclosureProblem.SPAN_NOT_FLAGGED.refuse("\"" + text + "\" is not a flagged span of the draft"));
        List<NotPersonal> declared = new ArrayList<>(record.notPersonal);
        declared.add(new NotPersonal(text, flagged.kind(), reason, admin, clock.instant()));
        record.notPersonal = declared;
        DisclosureLog.write(record.recordId, "NOT_PERSONAL", admin, flagged.kind() + " \"" + text + "\": " + reason, clock.instant());
    }

    /** The decision was revoked: a draft is withdrawn at once, a published record is due for withdrawal. */
    public void revoked(DecisionRevoked revocation) {
        DisclosureRecord record = DisclosureRecord.<DisclosureRecord>find("caseId", revocation.caseRef().caseId()).firstResult();
        if (record == null || record.revokedAt != null) {
            return;
        }
        record.revokedAt = revocation.at();
        record.revocationReason = revocation.reason();
        if (record.status == DisclosureStatus.DRAFT) {
            record.status = DisclosureStatus.WITHDRAWN;
            record.withdrawnAt = clock.instant();
            record.withdrawnBy = "disclosure-service";
            DisclosureLog.write(record.recordId, "WITHDRAWN", "disclosure-service", "revoked before publication: " + revocation.reason(),
                    clock.instant());
            return;
        }
        record.status = DisclosureStatus.WITHDRAWAL_DUE;
        record.overduePublishedAt = null;
        setDue(record, deadline.withdrawalDue(BeijingTime.dayOf(revocation.at()), calendar.current()));
        DisclosureLog.write(record.recordId, "WITHDRAWAL_DUE", "disclosure-service", revocation.reason(), clock.instant());
    }

    /** The admin masks further phrases of the draft: each must stand in it; nothing masked is ever shown again. */
    public void maskMore(DisclosureRecord record, List<String> phrases, String admin) {
        requireStatus(record, DisclosureStatus.DRAFT, "further redaction");
        for (String phrase : phrases) {
            if (!record.facts.contains(phrase) && !record.legalBasis.contains(phrase)) {
                throw DisclosureProblem.PHRASE_NOT_IN_DRAFT.refuse(
                        "\"" + phrase + "\" does not stand in the draft's facts or legal basis");
            }
        }
        record.facts = Redaction.withPhrasesMasked(record.facts, phrases);
        record.legalBasis = Redaction.withPhrasesMasked(record.legalBasis, phrases);
        List<String> masked = new ArrayList<>(record.maskedPhrases);
        masked.addAll(phrases);
        record.maskedPhrases = masked;
        DisclosureLog.write(record.recordId, "REDACTED", admin, phrases.size() + " phrases masked", clock.instant());
    }

    public void publish(DisclosureRecord record, String admin) {
        requireStatus(record, DisclosureStatus.DRAFT, "publication");
        if (record.decisionNumber == null) {
            throw DisclosureProblem.DECISION_NUMBER_UNKNOWN.refuse(
                    "the decision's document (行政处罚决定书) has not been issued, so the decision has no number to be published under");
        }
        List<Problem.FieldError> flagged = flags(record).stream().map(flag -> new Problem.FieldError(
                flag.field() + "[" + flag.span().start() + "," + flag.span().end() + ")", flag.span().kind() + ": " + flag.span().text()))
                .toList();
        if (!flagged.isEmpty()) {
            throw DisclosureProblem.PERSONAL_DATA_FLAGGED.refuse(flagged.size()
                    + " spans of the draft look personal: mask each, or declare it not personal with a reason", flagged);
        }
        record.status = DisclosureStatus.PUBLISHED;
        record.publishedAt = clock.instant();
        record.publishedBy = admin;
        LocalDate today = BeijingTime.today(clock);
        record.displayUntil = today.plus(rules.displayPeriod());
        boolean onTime = !today.isAfter(record.dueOn);
        record.publishedOnTime = onTime;
        DisclosureLog.write(record.recordId, "PUBLISHED", admin, onTime ? "on time" : "after its due date " + record.dueOn, clock.instant());
        outbox.publish(new DisclosurePublished(record.recordId, record.caseId, record.caseNumber, record.agencyCode, record.regionCode,
                record.dueOn, onTime, record.displayUntil, admin, record.publishedAt));
    }

    public void withdraw(DisclosureRecord record, String admin) {
        requireStatus(record, DisclosureStatus.WITHDRAWAL_DUE, "withdrawal");
        record.status = DisclosureStatus.WITHDRAWN;
        record.withdrawnAt = clock.instant();
        record.withdrawnBy = admin;
        boolean onTime = !BeijingTime.today(clock).isAfter(record.dueOn);
        DisclosureLog.write(record.recordId, "WITHDRAWN", admin, (onTime ? "" : "LATE, after its due date " + record.dueOn + ": ")
                + record.revocationReason, clock.instant());
        outbox.publish(new DisclosureWithdrawn(record.recordId, record.caseId, record.caseNumber, record.agencyCode, record.regionCode,
                record.revocationReason, record.dueOn, onTime, admin, record.withdrawnAt));
    }

    /** Duties past their last day, each published once. */
    public int publishOverdue() {
        List<DisclosureRecord> overdue = DisclosureRecord.list("status in ?1 and dueOn < ?2 and overduePublishedAt is null",
                List.of(DisclosureStatus.DRAFT, DisclosureStatus.WITHDRAWAL_DUE), BeijingTime.today(clock));
        for (DisclosureRecord record : overdue) {
            record.overduePublishedAt = clock.instant();
            outbox.publish(new DisclosureOverdue(record.recordId, record.caseId, record.caseNumber, record.agencyCode, record.regionCode,
                    record.status == DisclosureStatus.DRAFT ? DisclosureOverdue.Duty.PUBLICATION : DisclosureOverdue.Duty.WITHDRAWAL,
                    record.dueOn, record.overduePublishedAt));
        }
        return overdue.size();
    }

    /** The calendar changed: the last days of open duties are counted again. */
    public void recountOpenDueDates() {
        WorkingCalendar current = calendar.current();
        DisclosureRecord.<DisclosureRecord>list("status in ?1", List.of(DisclosureStatus.DRAFT, DisclosureStatus.WITHDRAWAL_DUE))
                .forEach(record -> {
                    LocalDate before = record.dueOn;
                    setDue(record, record.status == DisclosureStatus.DRAFT
                            ? deadline.publicationDue(BeijingTime.dayOf(record.decidedAt), current)
                            : deadline.withdrawalDue(BeijingTime.dayOf(record.revokedAt), current));
                    if (!record.dueOn.equals(before)) {
                        record.overduePublishedAt = null;
                    }
                });
    }

    private static void setDue(DisclosureRecord record, WorkingCalendar.Computation due) {
        record.dueOn = due.lastDay();
        record.dueExplanation = due.explanation();
    }

    private static void requireStatus(DisclosureRecord record, DisclosureStatus required, String act) {
        if (record.status != required) {
            throw DisclosureProblem.DISCLOSURE_STATE_FORBIDS_ACT.refuse(
                    act + " needs a record that is " + required + "; this one is " + record.status);
        }
    }
}

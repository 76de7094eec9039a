package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.CaseDeadline;
import cn.enforcement.cases.domain.PenaltyCase;
import cn.enforcement.cases.domain.TimelineAct;
import cn.enforcement.cases.domain.catalogue.CriminalMeasure;
import cn.enforcement.cases.domain.transfer.CriminalTransfer;
import cn.enforcement.cases.domain.transfer.TransferStatus;
import cn.enforcement.platform.calendar.DeadlineFlag;
import cn.enforcement.platform.events.review.LegalReviewCompleted;
import cn.enforcement.platform.identity.ResidentIdNumber;
import cn.enforcement.platform.events.cases.NamedPerson;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A case as the API shows it: where it stands, its deadlines and how they were computed, its timeline. */
@Schema(name = "PenaltyCase", description = "A penalty case as the API shows it: status, party, acts, deadlines and timeline")
public record CaseView(String caseId, String caseNumber, String agencyCode, String regionCode, String procedure, String source,
        String status, Party party, List<String> violationItems, LocalDate occurredOn, LocalDate actEndedOn, String place,
        String facts, List<NamedPerson> persons, List<String> vehiclePlates, Map<CriminalMeasure, BigDecimal> measuredFacts, boolean complex, boolean needsReassignment, List<String> handlingCredentials, Instant filedAt,
        Instant filingApprovedAt, Step proposal, Notice notice, Hearing hearing, Review review, Step decision,
        Service service, Payment payment, Transfer transfer, Instant revokedAt, Instant closedAt, Instant archivedAt,
        int extensions, long evidenceCount, List<Deadline> deadlines, List<Event> timeline, List<Statement> statements,
        List<Remedy> remedies,
        @Schema(description = "what the caller may do next and why not the rest; on a single case's view, absent from a list of cases")
        List<AllowedAct> allowedActs) {

    public record Party(String type, String name, String identifier) {
    }

    public record Step(Instant at, String kind, BigDecimal amount, String basis, String tier, boolean outsideRange) {
    }

    public record Notice(Instant at, String kind, BigDecimal amount, boolean hearingRights, boolean statementWaived,
            boolean hearingWaived) {
    }

    public record Hearing(Instant requestedAt, Instant notifiedAt, Instant scheduledAt, String place, String chairCredential,
            Instant settledAt, boolean defaulted) {
    }

    /**
     * The latest round of legal review and what it concluded; {@code discussionRequired} when the heads must
     * also decide in collective discussion (PL 57 ¶2).
     */
    public record Review(int round, String requestId, Instant requestedAt, String reviewId, String outcome, Instant completedAt,
            Instant approvedAt, boolean discussionRequired, Instant discussedForDecisionAt) {
    }

    public record Service(Instant at, String method) {
    }

    /** What is due and paid; {@code collectionReceipt} for a fine collected on the spot (PL 68-71). */
    public record Payment(LocalDate dueOn, BigDecimal paid, BigDecimal lateFee, BigDecimal outstanding, BigDecimal refundDue,
            String collectionReceipt, Instant collectionHandedOverAt) {
    }

    /**
     * The case's latest criminal transfer (行刑衔接) from the officers' request to the receiver's answer; a head's
     * recorded decision not to transfer is one too (status DECLINED, no receiving body).
     */
    @Schema(name = "CaseTransfer")
    public record Transfer(String transferId, TransferStatus status, String receivingBodyCode, String receivingBody,
            Instant requestedAt, String requestReasons, Instant decidedAt, String decisionReasons, Instant deliveredAt,
            List<String> attachments, Boolean accepted, Instant answeredAt, String answerRemarks, Instant reconsiderationAskedAt,
            Instant supervisedAt, String supervisionOpinion) {

        static Transfer of(PenaltyCase c) {
            CriminalTransfer t = c.transferId == null ? null : CriminalTransfer.findById(c.transferId);
            return t == null ? null : new Transfer(t.transferId, t.status, t.receivingBodyCode, c.transferReceiver, t.requestedAt,
                    t.requestReasons, t.decidedAt, t.decisionReasons, t.deliveredAt, t.attachments, t.status.answered() ? t.status == TransferStatus.ACCEPTED : null, t.answeredAt,
                    t.answerReasons, t.reconsiderationAskedAt, t.supervisedAt, t.supervisionOpinion);
        }
    }

    public record Deadline(String kind, String legalBasis, LocalDate dueOn, String status, String colour, String howComputed) {
    }

    /** An act: {@code at} when performed, {@code recordedAt} when the server learnt of it, late when recorded offline. */
    public record Event(TimelineAct act, Instant at, Instant recordedAt, boolean recordedLate, String actor, String detail) {
    }

    public record Statement(Instant at, String content, String answer) {
    }

    public record Remedy(String remedyId, String kind, String reviewingBody, String reference, LocalDate filedOn,
            LocalDate concludedOn, String outcome) {
    }

    /** The persons the case names besides an individual party; an ID number in full only to those who see the party's. */
    private static List<NamedPerson> persons(PenaltyCase c, boolean fullIdentifiers) {
        return c.namedPersons.stream().map(p -> fullIdentifiers || p.idNumber() == null || p.idNumber().length() != 18 ? p
                : new NamedPerson(p.role(), p.name(), ResidentIdNumber.masked(p.idNumber()), p.phone(), p.address())).toList();
    }

    static CaseView of(PenaltyCase c, CaseDetails details, boolean fullIdentifiers, LocalDate today, int warningDays,
            List<AllowedAct> allowedActs) {
        String identifier = fullIdentifiers || c.partyType.name().equals("ORGANISATION") ? c.partyIdentifier
                : ResidentIdNumber.masked(c.partyIdentifier);
        return new CaseView(c.caseId, c.caseNumber, c.agencyCode, c.regionCode, c.procedure.name(), c.source.name(), c.status().name(),
                new Party(c.partyType.name(), c.partyName, identifier), c.violationItems, c.occurredOn, c.actEndedOn, c.place,
                c.facts, persons(c, fullIdentifiers), c.vehiclePlates, c.measuredFacts, c.complex, c.needsReassignment, c.handlingCredentialList(), c.filedAt, c.filingApprovedAt,
                c.proposalKind == null ? null : new Step(null, c.proposalKind.name(), c.proposalAmount, c.proposalReasons,
                        c.proposalTier, c.proposalOutsideRange),
                c.noticeAt == null ? null : new Notice(c.noticeAt, c.noticeKind.name(), c.noticeAmount, c.hearingRights,
                        c.statementWaived, c.hearingRequestWaived),
                c.hearingRequestedAt == null ? null : new Hearing(c.hearingRequestedAt, c.hearingNotifiedAt,
                        c.hearingScheduledAt, c.hearingPlace, c.hearingChair, c.hearingSettledAt, c.hearingDefaulted),
                c.reviewRequestedAt == null ? null : new Review(c.reviewRound, c.reviewRequestId, c.reviewRequestedAt, c.reviewId,
                        c.reviewOutcome == null ? null : c.reviewOutcome.name(), c.reviewCompletedAt,
                        c.reviewOutcome == LegalReviewCompleted.Outcome.APPROVED ? c.reviewCompletedAt : null,
                        c.discussionRequired, c.discussionForDecisionAt),
                c.decisionKind == null ? null : new Step(c.decidedAt, c.decisionKind.name(), c.decisionAmount, c.decisionLegalBasis,
                        null, false),
                c.servedAt == null ? null : new Service(c.servedAt, c.serviceMethod),
                c.paymentDueOn == null ? null : new Payment(c.paymentDueOn, c.paidAmount, c.lateFee, c.outstanding(), c.refundDue,
                        c.collectionReceipt, c.collectionHandedOverAt),
                Transfer.of(c),
                c.revokedAt, c.closedAt, c.archivedAt, c.extensions, details.evidenceCountOf(c.caseId),
                details.deadlinesOf(c.caseId).stream().map(d -> deadline(d, today, warningDays)).toList(),
                details.timelineOf(c.caseId).stream().map(e -> new Event(e.act, e.at, e.recordedAt, e.recordedLate, e.actor, e.detail)).toList(),
                details.statementsOf(c.caseId).stream().map(s -> new Statement(s.at, s.content, s.answer)).toList(),
                details.remediesOf(c.caseId).stream().map(r -> new Remedy(r.remedyId, r.kind.name(), r.reviewingBody, r.reference, r.filedOn,
                        r.concludedOn, r.outcome == null ? null : r.outcome.name())).toList(),
                allowedActs);
    }

    static Deadline deadline(CaseDeadline d, LocalDate today, int warningDays) {
        return new Deadline(d.kind.name(), d.legalBasis, d.dueOn, d.status.name(), colour(d, today, warningDays), d.explanation);
    }

    /** Yellow when a watched deadline is near, red when it has passed unmet. */
    static String colour(CaseDeadline d, LocalDate today, int warningDays) {
        if (d.status != CaseDeadline.Status.OPEN || !d.kind.isWatched()) {
            return null;
        }
        return DeadlineFlag.of(d.dueOn, today, warningDays).name();
    }
}

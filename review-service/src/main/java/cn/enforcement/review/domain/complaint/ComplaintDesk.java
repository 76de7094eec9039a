package cn.enforcement.review.domain.complaint;

import cn.enforcement.platform.calendar.KeptCalendar;
import cn.enforcement.platform.events.evidence.ComplaintAttachmentReceived;
import cn.enforcement.platform.events.review.ComplaintFiled;
import cn.enforcement.platform.events.review.ComplaintOverdue;
import cn.enforcement.platform.events.review.ComplaintRouted;
import cn.enforcement.platform.outbox.Outbox;
import cn.enforcement.platform.security.RegionCode;
import cn.enforcement.platform.time.BeijingTime;
import cn.enforcement.review.domain.ReviewProblem;
import cn.enforcement.review.domain.ReviewRules;
import cn.enforcement.review.domain.audit.CaseFile;
import cn.enforcement.review.domain.ledger.LedgerEntry;
import cn.enforcement.review.domain.ledger.LedgerSource;
import cn.enforcement.review.domain.ledger.ProblemLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import cn.enforcement.platform.agencies.KnownAgencies;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Complaints and reports (投诉举报, seeds 001, 003): received from the public, routed by the region's supervisors to the
 * agency concerned, handled and answered by it within the province's number of working days; overdue ones are
 * published once. An answer may name the case the complaint led to and put a problem on the agency's ledger.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ComplaintDesk {

    private final Outbox outbox;
    private final Clock clock;
    private final KeptCalendar calendar;
    private final ReviewRules rules;
    private final ProblemLedger ledger;
    private final KnownAgencies agencies;

    ComplaintDesk(Outbox outbox, Clock clock, KeptCalendar calendar, ReviewRules rules, ProblemLedger ledger, KnownAgencies agencies) {
        this.agencies = agencies;
        this.outbox = outbox;
        this.clock = clock;
        this.calendar = calendar;
        this.rules = rules;
        this.ledger = ledger;
    }

    /** What the public files; an agency named is routed to at once. */
    public record NewComplaint(ComplaintKind kind, String regionCode, String agencyCode, String subject, String content,
            LocalDate occurredOn, String place, String officerCredential, String violationItem, String contactName,
            String contactPhone, List<Attachment> attachments) {
    }

    /** A file the complainant declares: the evidence store takes in only bytes of this size and SHA-256. */
    public record Attachment(String fileName, String contentType, long sizeBytes, String sha256) {
    }

    /** The complaint as filed and the secret to follow it, shown once. */
    public record Filed(Complaint complaint, String secret) {
    }

    /** A problem the answer puts on the agency's ledger. */
    public record LedgerProblem(String problem, String measure, String owner, LocalDate dueOn) {
    }

    public Filed file(NewComplaint filed) {
        if (filed.agencyCode() != null) {
            agencies.requireInForce(filed.agencyCode());
        }
        String region = filed.agencyCode() == null ? filed.regionCode() : RegionCode.ofAgency(filed.agencyCode()).value();
        if (region == null || !RegionCode.isValid(region)) {
            throw ReviewProblem.COMPLAINT_REGION_INVALID.refuse("name the region (six digits) or the agency (nine digits) concerned");
        }
        agencies.requireRegionServed(region);
        if (filed.occurredOn() != null && filed.occurredOn().isAfter(BeijingTime.dayOf(clock.instant()))) {
            throw ReviewProblem.COMPLAINT_INCIDENT_IN_FUTURE.refuse("occurredOn " + filed.occurredOn() + " is after today");
        }
        Instant now = clock.instant();
        LocalDate receivedOn = BeijingTime.dayOf(now);
        String secret = TrackingNumbers.secret();
        Complaint complaint = new Complaint();
        complaint.trackingNumber = TrackingNumbers.next(receivedOn);
        complaint.secretHash = TrackingNumbers.hash(secret);
        complaint.kind = filed.kind();
        complaint.regionCode = region;
        complaint.agencyCode = filed.agencyCode();
        complaint.subject = filed.subject();
        complaint.content = filed.content();
        complaint.occurredOn = filed.occurredOn();
        complaint.place = filed.place();
        complaint.officerCredential = filed.officerCredential();
        complaint.violationItem = filed.violationItem();
        complaint.contactName = filed.contactName();
        complaint.contactPhone = filed.contactPhone();
        complaint.receivedAt = now;
        complaint.dueOn = calendar.current().addWorkingDays(receivedOn, rules.complaintAnswerWorkingDays()).lastDay();
        complaint.status = filed.agencyCode() == null ? ComplaintStatus.RECEIVED : ComplaintStatus.ROUTED;
        complaint.persist();
        ComplaintStep.record(complaint, "RECEIVED", "public", null, now);
        List<ComplaintFiled.DeclaredAttachment> declared = filed.attachments().stream().map(a -> declare(complaint, a)).toList();
        outbox.publish(new ComplaintFiled(complaint.trackingNumber, region, complaint.agencyCode, declared, now));
        return new Filed(complaint, secret);
    }

    /** A supervisor of the region sends the complaint to the agency concerned (or to another one). */
    public void route(Complaint complaint, String agencyCode, String supervisor) {
        requireNotAnswered(complaint);
        agencies.requireInForce(agencyCode);
        if (!new RegionCode(complaint.regionCode).covers(RegionCode.ofAgency(agencyCode))) {
            throw ReviewProblem.OUTSIDE_SUPERVISED_REGION.refuse("agency " + agencyCode + " is outside region " + complaint.regionCode);
        }
        complaint.agencyCode = agencyCode;
        complaint.status = ComplaintStatus.ROUTED;
        Instant now = clock.instant();
        ComplaintStep.record(complaint, "ROUTED", supervisor, agencyCode, now);
        outbox.publish(new ComplaintRouted(complaint.trackingNumber, complaint.regionCode, agencyCode, now));
    }

    /** The evidence store holds a declared file, exactly as declared. */
    public void attachmentReceived(ComplaintAttachmentReceived received) {
        ComplaintAttachment attachment = ComplaintAttachment.findById(received.attachmentId());
        if (attachment != null && attachment.receivedAt == null) {
            attachment.receivedAt = received.receivedAt();
        }
    }

    private ComplaintFiled.DeclaredAttachment declare(Complaint complaint, Attachment declared) {
        if (!rules.complaintAttachmentTypes().contains(declared.contentType()) || declared.sizeBytes() > rules.complaintAttachmentMaxBytes()) {
            throw ReviewProblem.COMPLAINT_ATTACHMENT_REFUSED.refuse(declared.fileName() + " (" + declared.contentType() + ", "
                    + declared.sizeBytes() + " bytes): accepted are " + rules.complaintAttachmentTypes() + " up to "
                    + rules.complaintAttachmentMaxBytes() + " bytes");
        }
        ComplaintAttachment attachment = new ComplaintAttachment();
        attachment.attachmentId = UUID.randomUUID().toString();
        attachment.trackingNumber = complaint.trackingNumber;
        attachment.fileName = declared.fileName();
        attachment.contentType = declared.contentType();
        attachment.sizeBytes = declared.sizeBytes();
        attachment.sha256 = declared.sha256();
        attachment.persist();
        return new ComplaintFiled.DeclaredAttachment(attachment.attachmentId, attachment.fileName, attachment.contentType,
                attachment.sizeBytes, attachment.sha256);
    }

    /** A note of the handling (核查情况), for the record. */
    public void handled(Complaint complaint, String note, String actor) {
        requireNotAnswered(complaint);
        ComplaintStep.record(complaint, "HANDLED", actor, note, clock.instant());
    }

    public void answer(Complaint complaint, String answer, ComplaintOutcome outcome, String violationItem, String caseId,
            LedgerProblem problem, String actor) {
        requireNotAnswered(complaint);
        if (complaint.agencyCode == null) {
            throw ReviewProblem.COMPLAINT_NOT_ROUTED.refuse("route the complaint to the agency concerned first");
        }
        if (caseId != null) {
            CaseFile file = CaseFile.findById(caseId);
            if (file == null || !file.agencyCode.equals(complaint.agencyCode)) {
                throw ReviewProblem.COMPLAINT_CASE_UNKNOWN.refuse("no case " + caseId + " of agency " + complaint.agencyCode);
            }
        }
        Instant now = clock.instant();
        if (problem != null) {
            LedgerEntry entry = ledger.open(new ProblemLedger.NewProblem(complaint.agencyCode, RegionCode.ofAgency(complaint.agencyCode).value(),
                    LedgerSource.COMPLAINT, problem.problem(), problem.measure(), problem.owner(), problem.dueOn()), actor);
            complaint.ledgerEntryId = entry.entryId;
        }
        complaint.status = ComplaintStatus.ANSWERED;
        complaint.answer = answer;
        complaint.outcome = outcome;
        complaint.caseId = caseId;
        if (violationItem != null) {
            complaint.violationItem = violationItem;
        }
        complaint.answeredBy = actor;
        complaint.answeredAt = now;
        complaint.answeredInTime = !BeijingTime.dayOf(now).isAfter(complaint.dueOn);
        ComplaintStep.record(complaint, "ANSWERED", actor, outcome.name(), now);
    }

    /** Complaints not answered by their last day are published (ComplaintOverdue), once each. */
    public int publishOverdue() {
        List<Complaint> overdue = Complaint.list("status <> ?1 and dueOn < ?2 and overduePublishedOn is null", ComplaintStatus.ANSWERED,
                BeijingTime.today(clock));
        for (Complaint complaint : overdue) {
            complaint.overduePublishedOn = complaint.dueOn;
            outbox.publish(new ComplaintOverdue(complaint.trackingNumber, complaint.agencyCode, complaint.regionCode, complaint.subject,
                    complaint.dueOn, clock.instant()));
        }
        return overdue.size();
    }

    private static void requireNotAnswered(Complaint complaint) {
        if (complaint.status == ComplaintStatus.ANSWERED) {
            throw ReviewProblem.COMPLAINT_ANSWERED.refuse("complaint " + complaint.trackingNumber + " is answered");
        }
    }
}

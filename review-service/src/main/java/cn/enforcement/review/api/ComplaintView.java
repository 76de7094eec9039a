package cn.enforcement.review.api;

import cn.enforcement.review.domain.complaint.Complaint;
import cn.enforcement.review.domain.complaint.ComplaintKind;
import cn.enforcement.review.domain.complaint.ComplaintOutcome;
import cn.enforcement.review.domain.complaint.ComplaintStatus;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A complaint as the staff see it. {@code contact} only for the heads and legal office of the agency handling it;
 * {@code overdue}: not answered and its last day passed.
 */
public record ComplaintView(String trackingNumber, ComplaintKind kind, String regionCode, String agencyCode, String subject,
        String content, LocalDate occurredOn, String place, String officerCredential, String violationItem, Contact contact,
        Instant receivedAt, LocalDate dueOn, boolean overdue, ComplaintStatus status, String answer, ComplaintOutcome outcome,
        String answeredBy, Instant answeredAt, Boolean answeredInTime, String caseId, String ledgerEntryId) {

    /** How to reach the complainant. */
    public record Contact(String name, String phone) {
    }

    static ComplaintView of(Complaint c, boolean withContact, LocalDate today) {
        Contact contact = withContact && (c.contactName != null || c.contactPhone != null) ? new Contact(c.contactName, c.contactPhone) : null;
        return new ComplaintView(c.trackingNumber, c.kind, c.regionCode, c.agencyCode, c.subject, c.content, c.occurredOn, c.place,
                c.officerCredential, c.violationItem, contact, c.receivedAt, c.dueOn, c.overdueOn(today), c.status, c.answer, c.outcome,
                c.answeredBy, c.answeredAt, c.answeredInTime, c.caseId, c.ledgerEntryId);
    }
}

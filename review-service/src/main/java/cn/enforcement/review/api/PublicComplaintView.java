package cn.enforcement.review.api;

import cn.enforcement.review.domain.complaint.Complaint;
import cn.enforcement.review.domain.complaint.ComplaintKind;
import cn.enforcement.review.domain.complaint.ComplaintOutcome;
import cn.enforcement.review.domain.complaint.ComplaintStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A complaint as its complainant follows it: where it stands, the answer and which declared files arrived; no contact
 * data, no internal notes.
 */
public record PublicComplaintView(String trackingNumber, ComplaintKind kind, String subject, ComplaintStatus status, Instant receivedAt,
        LocalDate dueOn, String answer, ComplaintOutcome outcome, Instant answeredAt, List<ComplaintAttachmentView> attachments) {

    static PublicComplaintView of(Complaint c) {
        return new PublicComplaintView(c.trackingNumber, c.kind, c.subject, c.status, c.receivedAt, c.dueOn, c.answer, c.outcome,
                c.answeredAt,
                ComplaintAttachmentView.of(c.trackingNumber));
    }
}

package cn.enforcement.review.api;

import java.time.LocalDate;
import java.util.List;

/**
 * What the complainant keeps: the tracking number and the secret to follow it (shown this once), the last day for an
 * answer, and the declared files with the ids to upload them under.
 */
public record FiledComplaintView(String trackingNumber, String secret, LocalDate dueOn, List<ComplaintAttachmentView> attachments) {
}

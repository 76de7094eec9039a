package cn.enforcement.review.api;

import java.time.Instant;
import java.util.List;

/**
 * One complaint with every step of its handling and its attachments (each opened through the evidence store:
 * {@code /api/v1/complaint-attachments/{attachmentId}}).
 */
public record ComplaintRecord(ComplaintView complaint, List<ComplaintStepView> steps, List<ComplaintAttachmentView> attachments) {

    /** RECEIVED, ROUTED, HANDLED or ANSWERED, who took the step, with what note, when. */
    public record ComplaintStepView(String step, String actor, String note, Instant at) {
    }
}

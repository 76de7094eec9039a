package cn.enforcement.review.api;

import cn.enforcement.review.domain.complaint.ComplaintAttachment;
import java.time.Instant;
import java.util.List;

/**
 * A file declared with a complaint: upload it to the evidence store under {@code attachmentId}
 * ({@code /public/v1/complaint-attachments/{attachmentId}/upload-url}); {@code receivedAt} once it arrived as declared.
 */
public record ComplaintAttachmentView(String attachmentId, String fileName, String contentType, long sizeBytes, String sha256,
        Instant receivedAt) {

    static List<ComplaintAttachmentView> of(String trackingNumber) {
        return ComplaintAttachment.of(trackingNumber).stream()
                .map(a -> new ComplaintAttachmentView(a.attachmentId, a.fileName, a.contentType, a.sizeBytes, a.sha256, a.receivedAt))
                .toList();
    }
}

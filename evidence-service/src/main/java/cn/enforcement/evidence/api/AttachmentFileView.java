package cn.enforcement.evidence.api;

import cn.enforcement.evidence.domain.complaints.ComplaintAttachment;
import java.time.Instant;

/** A file attached to a complaint, as declared; {@code receivedAt} once its bytes arrived exactly as declared. */
public record AttachmentFileView(String attachmentId, String trackingNumber, String fileName, String contentType, long sizeBytes,
        String sha256, Instant receivedAt) {

    static AttachmentFileView of(ComplaintAttachment a) {
        return new AttachmentFileView(a.attachmentId, a.trackingNumber, a.fileName, a.contentType, a.declaredSize, a.declaredSha256,
                a.receivedAt);
    }
}

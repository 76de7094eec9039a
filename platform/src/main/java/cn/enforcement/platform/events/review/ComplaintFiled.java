package cn.enforcement.platform.events.review;

import cn.enforcement.platform.events.DomainEvent;
import java.time.Instant;
import java.util.List;

/**
 * A complaint or report (投诉举报) was filed, with the files the complainant declared to attach. Evidence-service
 * consumes it to take in exactly those files (each bound to its size and SHA-256). It carries no content and no
 * contact data. Key = tracking number.
 */
public record ComplaintFiled(
        String trackingNumber,
        String regionCode,
        String agencyCode,
        List<DeclaredAttachment> attachments,
        Instant at) implements DomainEvent {

    /** A file the complainant will upload: only these bytes are taken in under this id. */
    public record DeclaredAttachment(String attachmentId, String fileName, String contentType, long sizeBytes, String sha256) {
    }

    @Override
    public String aggregateId() {
        return trackingNumber;
    }
}

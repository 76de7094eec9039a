package cn.enforcement.platform.events.evidence;

import cn.enforcement.platform.events.DomainEvent;
import java.time.Instant;

/**
 * A file declared with a complaint arrived in the evidence store and is exactly what was declared (size, SHA-256,
 * content type as its bytes say). Review-service consumes it. Key = tracking number.
 */
public record ComplaintAttachmentReceived(
        String trackingNumber,
        String agencyCode,
        String regionCode,
        String attachmentId,
        String contentType,
        long sizeBytes,
        String sha256,
        Instant receivedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return trackingNumber;
    }
}

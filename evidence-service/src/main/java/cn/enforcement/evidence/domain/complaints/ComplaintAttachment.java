package cn.enforcement.evidence.domain.complaints;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file declared with a complaint (投诉举报): where its bytes go, the upload under way if any, and when it arrived
 * exactly as declared. The agency is the one the complaint is routed to; its staff and the region's supervisors read it.
 */
@Entity
@Table(name = "complaint_attachment")
public class ComplaintAttachment extends PanacheEntityBase {

    @Id
    @Column(name = "attachment_id")
    public String attachmentId;

    @Column(name = "tracking_number", nullable = false)
    public String trackingNumber;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "declared_size", nullable = false)
    public long declaredSize;

    @Column(name = "declared_sha256", nullable = false)
    public String declaredSha256;

    @Column(name = "object_key", nullable = false)
    public String objectKey;

    /** The store's multipart upload while one is under way; gone once completed, so its URL cannot write again. */
    @Column(name = "upload_id")
    public String uploadId;

    @Column(name = "upload_started_at")
    public Instant uploadStartedAt;

    @Column(name = "declared_at", nullable = false)
    public Instant declaredAt;

    @Column(name = "received_at")
    public Instant receivedAt;

    public boolean received() {
        return receivedAt != null;
    }
}

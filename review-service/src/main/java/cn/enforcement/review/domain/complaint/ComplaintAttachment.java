package cn.enforcement.review.domain.complaint;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A file declared with a complaint; {@code receivedAt} once the evidence store holds exactly these bytes. */
@Entity
@Table(name = "complaint_attachment")
public class ComplaintAttachment extends PanacheEntityBase {

    @Id
    @Column(name = "attachment_id")
    public String attachmentId;

    @Column(name = "tracking_number", nullable = false)
    public String trackingNumber;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false)
    public String sha256;

    @Column(name = "received_at")
    public Instant receivedAt;

    public static List<ComplaintAttachment> of(String trackingNumber) {
        return list("trackingNumber = ?1 order by attachmentId", trackingNumber);
    }
}

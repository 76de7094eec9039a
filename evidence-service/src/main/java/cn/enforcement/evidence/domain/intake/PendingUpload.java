package cn.enforcement.evidence.domain.intake;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A presigned multipart upload under way, with what the client declared it will send. */
@Entity
@Table(name = "pending_upload")
public class PendingUpload extends PanacheEntityBase {

    @Id
    @Column(name = "upload_id")
    public String uploadId;

    @Column(name = "evidence_id", nullable = false)
    public String evidenceId;

    @Column(name = "case_id", nullable = false)
    public String caseId;

    @Column(name = "object_key", nullable = false)
    public String objectKey;

    @Embedded
    public Recording recording;

    @Column(name = "declared_sha256", nullable = false)
    public String declaredSha256;

    @Column(name = "declared_size", nullable = false)
    public long declaredSize;

    @Column(nullable = false)
    public int parts;

    /** The length of every part but the last (the last is the rest): each part's URL is signed for its length. */
    @Column(name = "part_size", nullable = false)
    public long partSize;

    public PartPlan plan() {
        return new PartPlan(declaredSize, parts, partSize);
    }

    @Column(name = "started_by", nullable = false)
    public String startedBy;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;
}

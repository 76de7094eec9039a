package cn.enforcement.evidence.intake;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EvidenceKind kind;

    @Column(nullable = false)
    public String stage;

    @Column(name = "declared_sha256", nullable = false)
    public String declaredSha256;

    @Column(name = "declared_size", nullable = false)
    public long declaredSize;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "device_id")
    public String deviceId;

    public String location;

    public String description;

    @Column(name = "started_by", nullable = false)
    public String startedBy;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    public EvidenceIntake.Metadata metadata() {
        return new EvidenceIntake.Metadata(kind, stage, recordedAt, recordedBy, deviceId, location, description);
    }
}

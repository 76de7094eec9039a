package cn.enforcement.evidence.domain.intake;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A piece of evidence in custody: the stored object, its hash at intake and what it records. */
@Entity
@Table(name = "evidence")
public class Evidence extends PanacheEntityBase {

    @Id
    @Column(name = "evidence_id")
    public String evidenceId;

    @Column(name = "case_id", nullable = false)
    public String caseId;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Embedded
    public Recording recording;

    /** Made by the server; never the client's file name. */
    @Column(name = "object_key", nullable = false, unique = true)
    public String objectKey;

    @Column(nullable = false)
    public String sha256;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    /** As sniffed from the bytes. */
    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "received_by", nullable = false)
    public String receivedBy;

    @Column(name = "legal_hold", nullable = false)
    public boolean legalHold;

    @Column(name = "retain_until", nullable = false)
    public LocalDate retainUntil;

    @Column(name = "last_verified_at")
    public Instant lastVerifiedAt;

    @Column(name = "integrity_failed", nullable = false)
    public boolean integrityFailed;

    public static List<Evidence> ofCase(String caseId) {
        return list("caseId = ?1 order by receivedAt", caseId);
    }
}

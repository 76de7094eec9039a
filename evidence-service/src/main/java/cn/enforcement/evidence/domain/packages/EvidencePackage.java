package cn.enforcement.evidence.domain.packages;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The sealed evidence of a transferred case: a manifest of every item and its hash, itself hashed. */
@Entity
@Table(name = "evidence_package")
public class EvidencePackage extends PanacheEntityBase {

    @Id
    @Column(name = "package_id")
    public String packageId;

    @Column(name = "case_id", nullable = false, unique = true)
    public String caseId;

    @Column(name = "receiving_body", nullable = false)
    public String receivingBody;

    /** JSON: one entry per item with its id, kind, stage, SHA-256, size, content type and custody head. */
    @Column(nullable = false, columnDefinition = "text")
    public String manifest;

    @Column(name = "manifest_sha256", nullable = false)
    public String manifestSha256;

    @Column(name = "sealed_at", nullable = false)
    public Instant sealedAt;
}

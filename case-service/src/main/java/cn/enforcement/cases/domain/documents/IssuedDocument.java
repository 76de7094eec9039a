package cn.enforcement.cases.domain.documents;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A document as issued: its number, the PDF's SHA-256 and where the PDF is kept. Never changed once issued. */
@Entity
@Table(name = "issued_document")
public class IssuedDocument extends PanacheEntityBase {

    @Id
    @Column(name = "document_id")
    public String documentId;

    @Column(nullable = false, unique = true)
    public String number;

    @Column(name = "case_id", nullable = false)
    public String caseId;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DocumentKind kind;

    @Column(name = "template_version", nullable = false)
    public int templateVersion;

    /** The version of the agency's own wording printed; 0 for the standard text. */
    @Column(name = "wording_version", nullable = false)
    public int wordingVersion;

    @Column(nullable = false)
    public String sha256;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(name = "object_key", nullable = false)
    public String objectKey;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    @Column(name = "issued_by", nullable = false)
    public String issuedBy;

    /** The document this one corrects; the corrected one stays as it was. */
    public String corrects;

    public static List<IssuedDocument> ofCase(String caseId) {
        return list("caseId = ?1 order by issuedAt, number", caseId);
    }

    /** The latest document of the kind in force for the case: the last correction, or the original (of the latest round). */
    static Optional<IssuedDocument> inForce(String caseId, DocumentKind kind) {
        return find("caseId = ?1 and kind = ?2 and documentId not in (select d.corrects from IssuedDocument d where d.corrects is not null)"
                + " order by issuedAt desc", caseId, kind).firstResultOptional();
    }
}

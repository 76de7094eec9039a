package cn.enforcement.cases.domain.documents;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An agency's own wording of a form, within the structure the law fixes: the contact line (where and how to reach the
 * agency) and a note under the body. The parts the law prescribes (facts, basis, rights, remedies) are not open to it.
 * Each change is a new version; a document records the version it printed, so an earlier copy can be explained.
 */
@Entity
@Table(name = "document_wording")
public class DocumentWording extends PanacheEntityBase {

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "agency_code")
        public String agencyCode;

        @Enumerated(EnumType.STRING)
        public DocumentKind kind;

        public int version;

        protected Key() {
        }

        Key(String agencyCode, DocumentKind kind, int version) {
            this.agencyCode = agencyCode;
            this.kind = kind;
            this.version = version;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.agencyCode.equals(agencyCode) && key.kind == kind && key.version == version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(agencyCode, kind, version);
        }
    }

    @EmbeddedId
    public Key key;

    public String contact;

    public String note;

    @Column(name = "adopted_by", nullable = false)
    public String adoptedBy;

    @Column(name = "adopted_at", nullable = false)
    public Instant adoptedAt;

    /** The agency's wording of the form now in force: its latest version. */
    public static Optional<DocumentWording> inForce(String agencyCode, DocumentKind kind) {
        return find("key.agencyCode = ?1 and key.kind = ?2 order by key.version desc", agencyCode, kind).firstResultOptional();
    }

    /** The wording in force of each form the agency adapted. */
    public static List<DocumentWording> inForceOf(String agencyCode) {
        return list("key.agencyCode = ?1 and key.version = (select max(w.key.version) from DocumentWording w"
                + " where w.key.agencyCode = ?1 and w.key.kind = key.kind) order by key.kind", agencyCode);
    }

    /** A new version of the agency's wording of the form; an empty wording returns the form to the standard text. */
    public static DocumentWording adopt(String agencyCode, DocumentKind kind, String contact, String note, String actor, Instant at) {
        // versions of one agency's form are numbered one after another, also when two heads adopt at once
        getEntityManager().createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) l")
                .setParameter(1, "document_wording/" + agencyCode + "/" + kind).getSingleResult();
        DocumentWording wording = new DocumentWording();
        wording.key = new Key(agencyCode, kind, inForce(agencyCode, kind).map(w -> w.key.version + 1).orElse(1));
        wording.contact = contact;
        wording.note = note;
        wording.adoptedBy = actor;
        wording.adoptedAt = at;
        wording.persist();
        return wording;
    }
}

package cn.enforcement.evidence.domain.custody;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One link of a chain of custody, as stored. */
@Entity
@Table(name = "custody_link")
@IdClass(CustodyLink.Key.class)
public class CustodyLink extends PanacheEntityBase {

    public record Key(String evidenceId, long sequence) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "evidence_id")
    public String evidenceId;

    @Id
    public long sequence;

    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public Instant at;

    public String origin;

    public String details;

    @Column(name = "previous_hash", nullable = false)
    public String previousHash;

    @Column(nullable = false)
    public String hash;

    public static List<CustodyLink> chainOf(String evidenceId) {
        return list("evidenceId = ?1 order by sequence", evidenceId);
    }

    public CustodyChain.Link asLink() {
        return new CustodyChain.Link(sequence, action, actor, at, origin, details, previousHash, hash);
    }
}

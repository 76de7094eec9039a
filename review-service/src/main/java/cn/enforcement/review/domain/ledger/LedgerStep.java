package cn.enforcement.review.domain.ledger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One step of a ledger entry (opened, rectified, approved, sent back, re-opened), with who took it and why. */
@Entity
@Table(name = "ledger_step")
public class LedgerStep extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "entry_id", nullable = false)
    public String entryId;

    @Column(nullable = false)
    public String step;

    @Column(nullable = false)
    public String actor;

    public String note;

    @Column(nullable = false)
    public Instant at;

    static void record(LedgerEntry entry, String step, String actor, String note, Instant at) {
        LedgerStep row = new LedgerStep();
        row.entryId = entry.entryId;
        row.step = step;
        row.actor = actor;
        row.note = note;
        row.at = at;
        row.persist();
    }

    public static List<LedgerStep> of(String entryId) {
        return list("entryId = ?1 order by id", entryId);
    }
}

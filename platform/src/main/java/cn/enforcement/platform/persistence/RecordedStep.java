package cn.enforcement.platform.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * One step in the handling of a record (a ledger entry opened, a complaint routed …): what was done, by whom, why and
 * when. Each record keeps its steps in a table of its own; the subclass names the record it belongs to.
 */
@MappedSuperclass
public abstract class RecordedStep extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String step;

    @Column(nullable = false)
    public String actor;

    public String note;

    @Column(nullable = false)
    public Instant at;

    /** Keeps the step, once its subclass has named the record. */
    protected void keep(String step, String actor, String note, Instant at) {
        this.step = step;
        this.actor = actor;
        this.note = note;
        this.at = at;
        persist();
    }
}

package cn.enforcement.platform.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** Who read or changed a record, how, and when: every access to a case or a review is written down. */
@MappedSuperclass
public abstract class AccessLogEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public Instant at;

    /** Keeps the entry, once its subclass has named the record. */
    protected void keep(String subject, String action, Instant at) {
        this.subject = subject;
        this.action = action;
        this.at = at;
        persist();
    }
}

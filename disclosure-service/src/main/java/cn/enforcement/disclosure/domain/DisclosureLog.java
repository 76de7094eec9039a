package cn.enforcement.disclosure.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** Who drafted, redacted, published or withdrew a record, and when. */
@Entity
@Table(name = "disclosure_log")
public class DisclosureLog extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "record_id", nullable = false)
    public String recordId;

    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String subject;

    public String detail;

    @Column(nullable = false)
    public Instant at;

    static void write(String recordId, String action, String subject, String detail, Instant at) {
        DisclosureLog entry = new DisclosureLog();
        entry.recordId = recordId;
        entry.action = action;
        entry.subject = subject;
        entry.detail = detail;
        entry.at = at;
        entry.persist();
    }

    public static List<DisclosureLog> of(String recordId) {
        return list("recordId = ?1 order by at, id", recordId);
    }
}

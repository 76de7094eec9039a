package cn.enforcement.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * One change of the province's rule data (a violation item with its discretion benchmark, a year of the
 * working calendar): its version, who made it and when, and the data as set. Rule data decides cases, so
 * every version stays readable.
 */
@Entity
@Table(name = "rule_data_change")
public class RuleDataChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "data_key", nullable = false)
    public String dataKey;

    @Column(nullable = false)
    public int version;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(nullable = false, columnDefinition = "text")
    public String content;

    /** Records the data as now set, as the next version of its key. */
    public static RuleDataChange record(String dataKey, String changedBy, Instant at, String content) {
        Integer latest = getEntityManager().createQuery("select max(c.version) from RuleDataChange c where c.dataKey = :key",
                Integer.class).setParameter("key", dataKey).getSingleResult();
        RuleDataChange change = new RuleDataChange();
        change.dataKey = dataKey;
        change.version = latest == null ? 1 : latest + 1;
        change.changedBy = changedBy;
        change.changedAt = at;
        change.content = content;
        change.persist();
        return change;
    }

    public static List<RuleDataChange> of(String dataKey) {
        return list("dataKey = ?1 order by version", dataKey);
    }
}

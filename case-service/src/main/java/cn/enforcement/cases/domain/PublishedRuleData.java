package cn.enforcement.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What was last told to other services of one piece of rule data (a calendar year, a catalogue item), by digest. */
@Entity
@Table(name = "rule_data_publication")
public class PublishedRuleData extends PanacheEntityBase {

    @Id
    @Column(name = "data_key")
    public String key;

    @Column(nullable = false)
    public String digest;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;
}

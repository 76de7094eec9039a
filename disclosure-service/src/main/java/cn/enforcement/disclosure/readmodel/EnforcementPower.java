package cn.enforcement.disclosure.readmodel;

import cn.enforcement.platform.events.cases.ViolationItemPublished;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A power an agency exercises (权责清单): a catalogue item with its legal basis and discretion tiers, as case-service published it. */
@Entity
@Table(name = "enforcement_power")
public class EnforcementPower extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "enforcement_field", nullable = false)
    public String enforcementField;

    @Column(name = "illegal_act_basis", nullable = false)
    public String illegalActBasis;

    @Column(name = "penalty_basis", nullable = false)
    public String penaltyBasis;

    @Column(nullable = false)
    public String measure;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ViolationItemPublished.Tier> tiers;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    public static List<EnforcementPower> ofFields(Collection<String> fields) {
        return list("enforcementField in ?1 order by code", fields);
    }

    /** The catalogue item as published now; an older publication changes nothing. */
    public static void published(ViolationItemPublished item) {
        EnforcementPower power = findById(item.code());
        boolean known = power != null;
        if (known && item.publishedAt().isBefore(power.publishedAt)) {
            return;
        }
        if (!known) {
            power = new EnforcementPower();
            power.code = item.code();
        }
        power.name = item.name();
        power.enforcementField = item.enforcementField();
        power.illegalActBasis = item.illegalActBasis();
        power.penaltyBasis = item.penaltyBasis();
        power.measure = item.measure();
        power.tiers = item.tiers();
        power.publishedAt = item.publishedAt();
        if (!known) {
            power.persist();
        }
    }
}

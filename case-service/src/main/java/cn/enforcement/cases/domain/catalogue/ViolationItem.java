package cn.enforcement.cases.domain.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;

/** A violation item of the catalogue (违法行为事项) with its legal basis and discretion tiers. */
@Entity
@Table(name = "violation_item")
public class ViolationItem extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "enforcement_field", nullable = false)
    public String enforcementField;

    /** The provision the act violates (违法依据). */
    @Column(name = "illegal_act_basis", nullable = false)
    public String illegalActBasis;

    /** The provision that sets the penalty (处罚依据). */
    @Column(name = "penalty_basis", nullable = false)
    public String penaltyBasis;

    /** What the degree of a violation is measured in, e.g. tonnes over the limit. */
    @Column(nullable = false)
    public String measure;

    /** Items touching work safety are never exempt (seed 001). */
    @Column(name = "work_safety", nullable = false)
    public boolean workSafety;

    /** On the exemption list (免罚清单) for first, minor, promptly corrected violations (PL 33). */
    @Column(name = "on_exemption_list", nullable = false)
    public boolean onExemptionList;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "violation_tier", joinColumns = @JoinColumn(name = "item_code"))
    public List<TierRow> tiers = new ArrayList<>();

    /** Facts at or above one of these are a suspected crime: the case is transferred, not fined (PL 27). Loaded when read. */
    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "violation_criminal_threshold", joinColumns = @JoinColumn(name = "item_code"))
    public List<CriminalThreshold> criminalThresholds = new ArrayList<>();

    public List<DiscretionBenchmark.Tier> benchmark() {
        return tiers.stream().map(TierRow::asTier).toList();
    }
}

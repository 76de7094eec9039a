package cn.enforcement.cases.domain.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** One discretion tier of an item, as stored. */
@Embeddable
public class TierRow {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DiscretionBenchmark.Level level;

    @Column(nullable = false)
    public String description;

    @Column(name = "degree_from", nullable = false, precision = 14, scale = 2)
    public BigDecimal degreeFrom;

    @Column(name = "degree_to", precision = 14, scale = 2)
    public BigDecimal degreeTo;

    @Column(name = "individual_min", nullable = false, precision = 12, scale = 2)
    public BigDecimal individualMin;

    @Column(name = "individual_max", nullable = false, precision = 12, scale = 2)
    public BigDecimal individualMax;

    @Column(name = "organisation_min", nullable = false, precision = 12, scale = 2)
    public BigDecimal organisationMin;

    @Column(name = "organisation_max", nullable = false, precision = 12, scale = 2)
    public BigDecimal organisationMax;

    DiscretionBenchmark.Tier asTier() {
        return new DiscretionBenchmark.Tier(level, description, degreeFrom, degreeTo, individualMin, individualMax,
                organisationMin, organisationMax);
    }
}

package cn.enforcement.cases.domain.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Map;

/** A criminal threshold of a violation item: facts at or above it are a suspected crime (PL 27; TP 3). */
@Embeddable
public class CriminalThreshold {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CriminalMeasure measure;

    @Column(name = "at_least", nullable = false, precision = 14, scale = 2)
    public BigDecimal atLeast;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public String basis;

    public CriminalThreshold() {
    }

    public CriminalThreshold(CriminalMeasure measure, BigDecimal atLeast, String description, String basis) {
        this.measure = measure;
        this.atLeast = atLeast;
        this.description = description;
        this.basis = basis;
    }

    /** Reached when the measured fact is at least the threshold; a fact not measured reaches nothing. */
    public boolean reachedBy(Map<CriminalMeasure, BigDecimal> measuredFacts) {
        BigDecimal found = measuredFacts.get(measure);
        return found != null && found.compareTo(atLeast) >= 0;
    }
}

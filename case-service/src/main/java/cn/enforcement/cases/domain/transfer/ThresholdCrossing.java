package cn.enforcement.cases.domain.transfer;

import cn.enforcement.cases.domain.catalogue.CriminalThreshold;
import cn.enforcement.cases.domain.catalogue.CriminalMeasure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A criminal threshold of one of the case's violation items that its measured facts reach (应移送). */
public record ThresholdCrossing(String itemCode, CriminalMeasure measure, BigDecimal atLeast, BigDecimal found,
        String description, String basis) {

    /** Every threshold of the given items (item code to thresholds) that the measured facts reach, in item order. */
    public static List<ThresholdCrossing> of(Map<String, List<CriminalThreshold>> thresholdsByItem,
            Map<CriminalMeasure, BigDecimal> measuredFacts) {
        List<ThresholdCrossing> crossings = new ArrayList<>();
        thresholdsByItem.forEach((itemCode, thresholds) -> thresholds.stream().filter(t -> t.reachedBy(measuredFacts))
                .forEach(t -> crossings.add(new ThresholdCrossing(itemCode, t.measure, t.atLeast, measuredFacts.get(t.measure),
                        t.description, t.basis))));
        return crossings;
    }

    public String describe() {
        return itemCode + " " + description + " (" + measure + " " + found.toPlainString() + " ≥ " + atLeast.toPlainString()
                + "; " + basis + ")";
    }
}

package cn.enforcement.platform.events.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The facts measured in a case reach a criminal threshold of its violation items (应移送): the supervision
 * platforms watch that it is transferred rather than fined (应移未移).
 */
public record CriminalThresholdCrossed(
        CaseRef caseRef,
        List<Crossing> crossings,
        Instant at) implements CaseEvent {

    /** One threshold reached: the item, what it is measured in, the threshold and the fact found. */
    public record Crossing(String itemCode, String measure, BigDecimal atLeast, BigDecimal found, String description, String basis) {
    }
}

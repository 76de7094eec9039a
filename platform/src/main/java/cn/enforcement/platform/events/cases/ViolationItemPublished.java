package cn.enforcement.platform.events.cases;

import cn.enforcement.platform.events.ProvinceWideEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A violation item of the provincial catalogue (违法行为事项) as case-service, its keeper, now holds it: the
 * legal basis and the discretion tiers. Disclosure publishes from it each agency's list of powers (权责清单).
 * Key = item code.
 */
public record ViolationItemPublished(
        String code,
        String name,
        String enforcementField,
        String illegalActBasis,
        String penaltyBasis,
        String measure,
        boolean workSafety,
        boolean onExemptionList,
        List<Tier> tiers,
        Instant publishedAt) implements ProvinceWideEvent {

    /** A discretion tier (裁量阶次): its degree range and fine ranges. */
    public record Tier(String level, String description, BigDecimal degreeFrom, BigDecimal degreeTo, BigDecimal individualMin,
            BigDecimal individualMax, BigDecimal organisationMin, BigDecimal organisationMax) {
    }

    @Override
    public String aggregateId() {
        return code;
    }
}

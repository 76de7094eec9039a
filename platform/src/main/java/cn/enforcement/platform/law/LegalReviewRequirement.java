package cn.enforcement.platform.law;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/**
 * PL 58: before a major decision, legal review (法制审核) must have passed: licence revocation, an
 * order to stop production or business, a large fine, a case after a hearing, a complex case, and a
 * fine outside the discretion range (seed 000). case-service asks for the review by it; review-service's file
 * checks find a major decision made without one by it.
 */
public final class LegalReviewRequirement {

    public enum Reason { LICENCE_REVOCATION, STOP_PRODUCTION_OR_BUSINESS, LARGE_FINE, AFTER_HEARING, COMPLEX_CASE, OUTSIDE_DISCRETION_RANGE }

    private final HearingRights hearingRights;

    public LegalReviewRequirement(HearingRights hearingRights) {
        this.hearingRights = hearingRights;
    }

    public Set<Reason> reasons(String penaltyKind, BigDecimal amount, boolean organisation, boolean afterHearing, boolean complex,
            boolean outsideRange) {
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        if ("LICENCE_REVOCATION".equals(penaltyKind)) {
            reasons.add(Reason.LICENCE_REVOCATION);
        }
        if ("ORDER_TO_STOP_PRODUCTION_OR_BUSINESS".equals(penaltyKind)) {
            reasons.add(Reason.STOP_PRODUCTION_OR_BUSINESS);
        }
        if ("FINE".equals(penaltyKind) && hearingRights.isLargeAmount(penaltyKind, amount, organisation)) {
            reasons.add(Reason.LARGE_FINE);
        }
        if (afterHearing) {
            reasons.add(Reason.AFTER_HEARING);
        }
        if (complex) {
            reasons.add(Reason.COMPLEX_CASE);
        }
        if (outsideRange) {
            reasons.add(Reason.OUTSIDE_DISCRETION_RANGE);
        }
        return reasons;
    }
}

package cn.enforcement.platform.law;

import java.math.BigDecimal;
import java.util.Set;

/**
 * PL 63: the party may ask for a hearing before a large fine (较大数额罚款, threshold per province),
 * a large confiscation, a licence suspension or revocation, or an order to stop production or
 * business. A warning or a smaller fine carries no hearing right. case-service applies it at the notice;
 * review-service's file checks apply it to what was decided, so both read the same thresholds
 * ({@code LARGE_FINE_INDIVIDUAL}, {@code LARGE_FINE_ORGANISATION}).
 */
public final class HearingRights {

    private static final Set<String> ALWAYS = Set.of("LICENCE_SUSPENSION", "LICENCE_REVOCATION", "ORDER_TO_STOP_PRODUCTION_OR_BUSINESS");
    private static final Set<String> BY_AMOUNT = Set.of("FINE", "CONFISCATION");

    private final BigDecimal largeIndividual;
    private final BigDecimal largeOrganisation;

    public HearingRights(BigDecimal largeIndividual, BigDecimal largeOrganisation) {
        this.largeIndividual = largeIndividual;
        this.largeOrganisation = largeOrganisation;
    }

    /** Whether a penalty of this kind and amount gives the party the right to a hearing. */
    public boolean apply(String penaltyKind, BigDecimal amount, boolean organisation) {
        return ALWAYS.contains(penaltyKind) || isLargeAmount(penaltyKind, amount, organisation);
    }

    /** A fine or confiscation at or above the province's threshold for the party (较大数额). */
    public boolean isLargeAmount(String penaltyKind, BigDecimal amount, boolean organisation) {
        BigDecimal threshold = organisation ? largeOrganisation : largeIndividual;
        return BY_AMOUNT.contains(penaltyKind) && amount != null && amount.compareTo(threshold) >= 0;
    }
}

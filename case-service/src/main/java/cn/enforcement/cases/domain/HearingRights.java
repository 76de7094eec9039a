package cn.enforcement.cases.domain;

import java.math.BigDecimal;
import java.util.Set;

/**
 * PL 63: the party may ask for a hearing before a large fine (较大数额罚款, threshold per province),
 * a large confiscation, a licence suspension or revocation, or an order to stop production or
 * business. A warning or a smaller fine carries no hearing right.
 */
public final class HearingRights {

    private static final Set<PenaltyKind> ALWAYS = Set.of(PenaltyKind.LICENCE_SUSPENSION, PenaltyKind.LICENCE_REVOCATION,
            PenaltyKind.ORDER_TO_STOP_PRODUCTION_OR_BUSINESS);

    private final BigDecimal largeIndividual;
    private final BigDecimal largeOrganisation;

    public HearingRights(BigDecimal largeIndividual, BigDecimal largeOrganisation) {
        this.largeIndividual = largeIndividual;
        this.largeOrganisation = largeOrganisation;
    }

    public boolean isLargeAmount(Penalty penalty, PartyType party) {
        BigDecimal threshold = party == PartyType.INDIVIDUAL ? largeIndividual : largeOrganisation;
        return (penalty.isFine() || penalty.kind() == PenaltyKind.CONFISCATION) && penalty.amount().compareTo(threshold) >= 0;
    }

    public boolean apply(Penalty penalty, PartyType party) {
        return ALWAYS.contains(penalty.kind()) || isLargeAmount(penalty, party);
    }
}

package cn.enforcement.cases.domain;

import java.math.BigDecimal;

/**
 * PL 51: on-the-spot (summary) decisions only for a warning, or a fine of at most 200 yuan for an
 * individual or 3,000 yuan for an organisation; everything else takes the general procedure.
 */
public final class SummaryProcedureLimit {

    private final BigDecimal individualLimit;
    private final BigDecimal organisationLimit;

    public SummaryProcedureLimit(BigDecimal individualLimit, BigDecimal organisationLimit) {
        this.individualLimit = individualLimit;
        this.organisationLimit = organisationLimit;
    }

    public boolean allows(Penalty penalty, PartyType party) {
        if (penalty.kind() == PenaltyKind.WARNING) {
            return true;
        }
        BigDecimal limit = party == PartyType.INDIVIDUAL ? individualLimit : organisationLimit;
        return penalty.isFine() && penalty.amount().compareTo(limit) <= 0;
    }

    public void require(Penalty penalty, PartyType party) {
        if (!allows(penalty, party)) {
            throw CaseProblem.SUMMARY_PROCEDURE_NOT_ALLOWED.refuse(
                    "当场处罚仅限警告或对公民" + individualLimit.toPlainString() + "元以下、对法人或其他组织"
                            + organisationLimit.toPlainString() + "元以下罚款: use the general procedure for "
                            + penalty.kind() + " " + penalty.amount().toPlainString() + " yuan", "PL 51");
        }
    }
}

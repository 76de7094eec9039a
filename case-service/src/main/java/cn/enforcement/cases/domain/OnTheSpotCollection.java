package cn.enforcement.cases.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * 当场收缴 (PL 68-71): an officer may take the fine from the party only when the summary decision made on the
 * spot is a fine of at most the limit (100 yuan), and only then and there, against the official receipt
 * (PL 70); the money reaches the agency within two days (PL 71). Every other fine is paid to the bank.
 */
public final class OnTheSpotCollection {

    private final BigDecimal limit;

    public OnTheSpotCollection(BigDecimal limit) {
        this.limit = limit;
    }

    public void require(Procedure procedure, PenaltyKind kind, BigDecimal amount, LocalDate decidedOn, LocalDate collectedOn) {
        if (procedure != Procedure.SUMMARY || kind != PenaltyKind.FINE || amount.compareTo(limit) > 0) {
            throw CaseProblem.ON_THE_SPOT_COLLECTION_NOT_ALLOWED.refuse(
                    "依法给予" + limit.toPlainString() + "元以下罚款的，可以当场收缴: only a summary fine of at most " + limit.toPlainString()
                            + " yuan", "PL 68");
        }
        if (!collectedOn.equals(decidedOn)) {
            throw CaseProblem.ON_THE_SPOT_COLLECTION_NOT_ALLOWED.refuse(
                    "the fine is collected on the spot when the decision is made (" + decidedOn + "); later it is paid to the bank",
                    "PL 67-68");
        }
    }
}

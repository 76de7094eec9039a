package cn.enforcement.cases.domain;

import java.math.BigDecimal;

/** A penalty as proposed, notified or decided: its kind and, for fines and confiscations, the amount in yuan. */
public record Penalty(PenaltyKind kind, BigDecimal amount) {

    public Penalty {
        if (kind == null) {
            throw new IllegalArgumentException("a penalty has a kind");
        }
        amount = amount == null ? BigDecimal.ZERO : amount;
    }

    public boolean isFine() {
        return kind == PenaltyKind.FINE;
    }

    /** Heavier in kind, or the same kind with a larger amount. */
    public boolean isHeavierThan(Penalty other) {
        return kind.isHeavierThan(other.kind) || kind == other.kind && amount.compareTo(other.amount) > 0;
    }
}

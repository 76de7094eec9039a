package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.Penalty;
import cn.enforcement.cases.domain.PenaltyKind;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** A penalty as a client states it: its kind and, for a fine, the amount in yuan. */
public record PenaltyInput(@NotNull PenaltyKind kind, @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal amount) {
    public Penalty toPenalty() {
        return new Penalty(kind, amount);
    }
}

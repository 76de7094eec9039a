package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.catalogue.DiscretionBenchmark;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/** The intended penalty with the degree and circumstances that pick the discretion tier (裁量基准). */
public record Proposal(@NotNull @Valid PenaltyInput penalty, @Size(max = 5000) String reasons,
        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal degree,
        @Size(max = 10) Set<DiscretionBenchmark.@NotNull Circumstance> circumstances) {

    Set<DiscretionBenchmark.Circumstance> circumstancesOrNone() {
        return circumstances == null || circumstances.isEmpty() ? EnumSet.noneOf(DiscretionBenchmark.Circumstance.class)
                : EnumSet.copyOf(circumstances);
    }
}

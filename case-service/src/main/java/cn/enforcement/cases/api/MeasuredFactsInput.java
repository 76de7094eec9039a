package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.catalogue.CriminalMeasure;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the investigation measured, in the measures criminal thresholds are stated in; replaces what was recorded. */
public record MeasuredFactsInput(
        @Schema(description = "Measure to value, e.g. {\"AMOUNT_YUAN\": 52000, \"PRIOR_PENALTIES\": 1}")
        @NotNull @Size(max = 5) Map<@NotNull CriminalMeasure, @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal> measures) {
}

package cn.enforcement.cases.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The penalty decided and its legal basis (PL 59). */
public record DecisionInput(@NotNull @Valid PenaltyInput penalty, @NotBlank @Size(max = 500) String legalBasis) {
}

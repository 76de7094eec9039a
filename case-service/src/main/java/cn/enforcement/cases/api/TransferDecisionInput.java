package cn.enforcement.cases.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The head's decision on a transfer (TP 5); declining, or not transferring a case that reaches a threshold, needs reasons. */
public record TransferDecisionInput(@NotNull Boolean approved, @NotBlank @Size(max = 2000) String reasons) {
}

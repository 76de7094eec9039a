package cn.enforcement.cases.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The receiving body's answer (TP 8, 9): filed (立案, with its filing reference) or refused, with reasons. */
public record TransferAnswerInput(@NotNull Boolean accepted, @NotBlank @Size(max = 2000) String remarks) {
}

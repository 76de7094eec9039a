package cn.enforcement.cases.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The receiving body's answer to a transfer. */
public record TransferAnswerInput(@NotNull Boolean accepted, @Size(max = 2000) String remarks) {
}

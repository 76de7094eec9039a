package cn.enforcement.review.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Why a supervisor re-opens a closed entry, and its new last day. */
public record ReopeningInput(@NotBlank @Size(max = 2000) String reason, @NotNull LocalDate dueOn) {
}

package cn.enforcement.review.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.validator.constraints.UniqueElements;

/**
 * An evaluation round to draw: the agencies evaluated, the period their files closed in, how many files from each, the
 * pool of evaluators (qualified staff of the personnel registry, by login: their agency is the registry's), and
 * optionally the seed (else drawn).
 */
public record RoundInput(
        @NotBlank @Size(max = 200) String title,
        @NotNull @Size(min = 1, max = 100) List<@NotNull @Pattern(regexp = "\\d{9}") String> agencies,
        @NotNull LocalDate closedFrom,
        @NotNull LocalDate closedTo,
        @Min(1) @Max(500) int filesPerAgency,
        @NotNull @Size(min = 1, max = 200) @UniqueElements List<@Valid @NotNull EvaluatorInput> evaluators,
        @PositiveOrZero Long seed) {

    public record EvaluatorInput(@NotBlank @Size(max = 100) String username) {
    }
}

package cn.enforcement.review.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A problem a supervisor puts on an agency's ledger: which agency, where it was found (SUPERVISOR, EVALUATION or
 * COMPLAINT), the problem, the measure, who owns it and by when.
 */
public record LedgerEntryInput(
        @NotNull @Pattern(regexp = "\\d{9}") String agencyCode,
        @NotNull @Pattern(regexp = "SUPERVISOR|EVALUATION|COMPLAINT") String source,
        @NotBlank @Size(max = 2000) String problem,
        @NotBlank @Size(max = 2000) String measure,
        @NotBlank @Size(max = 100) String owner,
        @NotNull LocalDate dueOn) {
}

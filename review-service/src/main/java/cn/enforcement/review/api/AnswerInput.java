package cn.enforcement.review.api;

import cn.enforcement.review.domain.complaint.ComplaintDesk;
import cn.enforcement.review.domain.complaint.ComplaintOutcome;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The answer to the complainant, what the handling found, and what it led to: the case filed on it (source
 * COMPLAINT_OR_REPORT), a problem put on the agency's ledger, the violation item it concerned.
 */
public record AnswerInput(
        @NotBlank @Size(max = 4000) String answer,
        @NotNull ComplaintOutcome outcome,
        @Pattern(regexp = "[0-9A-Za-z_-]{1,40}") String violationItem,
        @Size(max = 36) String caseId,
        @Valid LedgerProblemInput ledgerProblem) {

    /** A problem to put on the agency's ledger. */
    public record LedgerProblemInput(@NotBlank @Size(max = 2000) String problem, @NotBlank @Size(max = 2000) String measure,
            @NotBlank @Size(max = 100) String owner, @NotNull LocalDate dueOn) {
    }

    ComplaintDesk.LedgerProblem problem() {
        return ledgerProblem == null ? null : new ComplaintDesk.LedgerProblem(ledgerProblem.problem().strip(), ledgerProblem.measure().strip(),
                ledgerProblem.owner().strip(), ledgerProblem.dueOn());
    }
}

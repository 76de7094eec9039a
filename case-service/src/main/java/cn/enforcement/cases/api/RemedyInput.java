package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.CaseRemedy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A reconsideration or lawsuit the party filed (PL 73). */
public record RemedyInput(@NotNull CaseRemedy.Kind kind, @NotBlank @Size(max = 200) String reviewingBody,
        @Size(max = 100) String reference, @NotNull LocalDate filedOn) {
}

package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.CaseRemedy;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** How and when a remedy ended. */
public record RemedyConclusion(@NotNull LocalDate concludedOn, @NotNull CaseRemedy.Outcome outcome) {
}

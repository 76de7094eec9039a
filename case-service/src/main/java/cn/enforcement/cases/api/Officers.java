package cn.enforcement.cases.api;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/** The officers who handle a case (at least two, PL 42). */
public record Officers(@NotEmpty List<@Pattern(regexp = "\\d{14}") String> handlingCredentials) {
}

package cn.enforcement.cases.api;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The officers who handle a case (at least two, PL 42). */
public record Officers(@NotEmpty @Size(max = 10) List<@Pattern(regexp = "\\d{14}") String> handlingCredentials) {
}

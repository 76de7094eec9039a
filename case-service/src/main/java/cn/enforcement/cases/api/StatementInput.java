package cn.enforcement.cases.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The party's statement or defence (陈述申辩) and the agency's answer, with whether it was accepted (采纳, shown with
 * its reasons in the decision); waivers are in writing.
 */
public record StatementInput(@NotBlank @Size(max = 10000) String content, @Size(max = 10000) String answer, Boolean accepted,
        boolean waiveStatementPeriod, boolean waiveHearing) {
}

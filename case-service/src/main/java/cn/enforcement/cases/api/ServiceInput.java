package cn.enforcement.cases.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** How and when the decision was served on the party (PL 61). */
public record ServiceInput(@NotNull @Pattern(regexp = "ON_THE_SPOT|DIRECT|POSTAL|ELECTRONIC|PUBLIC_NOTICE") String method,
        @NotNull Instant servedAt, @Size(max = 200) String electronicConsentReference) {
}

package cn.enforcement.cases.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;

/** A hearing held (or not attended) with when it was notified and who chaired it (PL 64). */
public record HearingInput(@NotNull Instant heldAt, @NotNull Instant notifiedAt,
        @NotNull @Pattern(regexp = "\\d{14}") String chairCredential, boolean defaulted) {
}

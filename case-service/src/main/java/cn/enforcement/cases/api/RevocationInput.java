package cn.enforcement.cases.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A decision revoked by reconsideration or a court, with the reason. */
public record RevocationInput(@NotNull @Pattern(regexp = "RECONSIDERATION|COURT") String revokedBy,
        @NotBlank @Size(max = 2000) String reason) {
}

package cn.enforcement.disclosure.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A new version of the agency's public profile, in force from {@code effectiveFrom}. */
public record AgencyProfileInput(
        @NotNull LocalDate effectiveFrom,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 4000) String duties,
        @NotBlank @Size(max = 2000) String legalBasis,
        @NotEmpty @Size(max = 10) List<@NotBlank @Pattern(regexp = "[A-Z_]{2,40}") String> enforcementFields,
        @NotBlank @Size(max = 4000) String procedures,
        @NotBlank @Size(max = 2000) String timeLimits,
        @NotBlank @Size(max = 200) String reconsiderationBody,
        @NotBlank @Size(max = 200) String court,
        @NotBlank @Size(max = 40) String complaintPhone,
        @Size(max = 200) String complaintMail,
        @Size(max = 300) String complaintAddress) {
}

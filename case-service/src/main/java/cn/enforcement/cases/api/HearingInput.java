package cn.enforcement.cases.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A hearing held (or not attended) and who chaired it (PL 64). */
public record HearingInput(@NotNull Instant heldAt,
        @Schema(description = "When the party was notified, for a notice served outside the platform; omitted when the hearing"
                + " notice was recorded (hearing-notice), whose date then counts") Instant notifiedAt,
        @NotNull @Pattern(regexp = "\\d{14}") String chairCredential, boolean defaulted) {
}

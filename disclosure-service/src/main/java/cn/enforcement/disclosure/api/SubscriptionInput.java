package cn.enforcement.disclosure.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where to push the supervision feed, which kinds, of which region. */
public record SubscriptionInput(
        @Schema(description = "The partner's receiving address; the operator must have allowed its origin") @NotBlank @Size(max = 500) String url,
        @Schema(description = "Event kinds to push (e.g. CaseFiled, CaseDeadlineMissed); none or empty: every kind")
        @Size(max = 60) List<@NotBlank @Size(max = 80) String> kinds,
        @Schema(description = "Your region or one under it; default: your token's region") @Pattern(regexp = "\\d{6}") String regionCode) {
}

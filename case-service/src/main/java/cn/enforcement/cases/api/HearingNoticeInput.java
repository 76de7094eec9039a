package cn.enforcement.cases.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The time, place and chair of the requested hearing, of which the party is notified (听证通知书, PL 64). */
public record HearingNoticeInput(@NotNull Instant scheduledAt, @NotBlank @Size(max = 200) String place,
        @NotNull @Pattern(regexp = "\\d{14}") String chairCredential) {
}

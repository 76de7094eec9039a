package cn.enforcement.disclosure.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A flagged span of the draft, exactly as the draft writes it, that the admin declares not personal, and why. */
public record NotPersonalInput(@NotBlank @Size(max = 200) String text, @NotBlank @Size(max = 500) String reason) {
}

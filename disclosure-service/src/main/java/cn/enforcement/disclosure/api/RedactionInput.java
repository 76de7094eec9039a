package cn.enforcement.disclosure.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Phrases of the draft the disclosure admin masks beyond the automatic redaction. */
public record RedactionInput(@NotNull @Size(min = 1, max = 20) List<@NotBlank @Size(max = 200) String> phrases) {
}

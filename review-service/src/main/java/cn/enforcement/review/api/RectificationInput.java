package cn.enforcement.review.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What was done to rectify the problem, and the evidence of it (evidence ids, document numbers or links). */
public record RectificationInput(
        @NotBlank @Size(max = 4000) String done,
        @NotNull @Size(min = 1, max = 20) List<@NotBlank @Size(max = 200) String> proof) {
}

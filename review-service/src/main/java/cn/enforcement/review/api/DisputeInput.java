package cn.enforcement.review.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the handling unit disputes the review's outcome. */
public record DisputeInput(@NotBlank @Size(max = 2000) String reason) {
}

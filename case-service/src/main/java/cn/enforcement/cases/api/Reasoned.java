package cn.enforcement.cases.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An act that needs only its reason, such as an extension of the decision period. */
public record Reasoned(@NotBlank @Size(max = 2000) String reason) {
}

package cn.enforcement.cases.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An act that needs only its reason, such as an extension of the decision period. */
@Schema(name = "ReasonedCaseAct", description = "The reason the head gives for an act on the case")
public record Reasoned(@NotBlank @Size(max = 2000) String reason) {
}

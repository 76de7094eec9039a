package cn.enforcement.review.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The agency a complaint is sent to. */
public record RoutingInput(@NotNull @Pattern(regexp = "\\d{9}") String agencyCode) {
}

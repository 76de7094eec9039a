package cn.enforcement.review.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A note of how the complaint is being handled (核查情况). */
public record HandlingInput(@NotBlank @Size(max = 4000) String note) {
}

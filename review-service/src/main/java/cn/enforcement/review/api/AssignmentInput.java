package cn.enforcement.review.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The reviewer of the legal office who takes the review: an officer id from personnel records. */
public record AssignmentInput(@NotBlank @Size(max = 36) String reviewerId) {
}

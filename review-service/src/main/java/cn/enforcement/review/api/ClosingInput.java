package cn.enforcement.review.api;

import jakarta.validation.constraints.Size;

/** The agency head's decision on a rectified entry: close it (销号), or send it back with why. */
public record ClosingInput(boolean approved, @Size(max = 2000) String note) {
}

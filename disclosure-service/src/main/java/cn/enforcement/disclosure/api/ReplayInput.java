package cn.enforcement.disclosure.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** From where a subscription is pushed again. */
public record ReplayInput(
        @Schema(description = "A cursor of the feed (a page's `next`, or the last `next` your receiver stored); none: from the beginning")
        @Size(max = 400) String after) {
}

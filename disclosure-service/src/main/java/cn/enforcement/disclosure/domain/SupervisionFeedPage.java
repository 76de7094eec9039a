package cn.enforcement.disclosure.domain;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the supervision feed and the cursor to ask for the next. */
public record SupervisionFeedPage(
        List<SupervisionEntry> entries,
        @Schema(description = "Pass as `after` to read on; keep it to resume, even days later. Given also when the page is empty.")
        String next) {
}

package cn.enforcement.review.domain.complaint;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a complaint stands. */
@Schema(description = "Where a complaint or report stands")
public enum ComplaintStatus {
    @Schema(description = "已受理: received, to be routed to the agency concerned")
    RECEIVED,
    @Schema(description = "办理中: with the agency concerned")
    ROUTED,
    @Schema(description = "已答复: answered")
    ANSWERED
}

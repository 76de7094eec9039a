package cn.enforcement.review.domain.complaint;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the handling found. */
@Schema(description = "What the handling of a complaint found")
public enum ComplaintOutcome {
    @Schema(description = "属实: substantiated")
    SUBSTANTIATED,
    @Schema(description = "部分属实: partly substantiated")
    PARTLY_SUBSTANTIATED,
    @Schema(description = "不属实: not substantiated")
    UNSUBSTANTIATED,
    @Schema(description = "不属于本机关职责，已告知有权机关: not the agency's matter; the competent body was named")
    NOT_OUR_MATTER
}

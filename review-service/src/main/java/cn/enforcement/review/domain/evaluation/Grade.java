package cn.enforcement.review.domain.evaluation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The grade of an evaluated case file. */
@Schema(description = "The grade of an evaluated case file (案卷评查等次)")
public enum Grade {
    @Schema(description = "优秀: excellent")
    EXCELLENT,
    @Schema(description = "合格: pass")
    PASS,
    @Schema(description = "不合格: fail")
    FAIL
}

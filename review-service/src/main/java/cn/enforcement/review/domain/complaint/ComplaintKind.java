package cn.enforcement.review.domain.complaint;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether the public complains of an act done to them or reports an unlawful act. */
@Schema(description = "What the public files")
public enum ComplaintKind {
    @Schema(description = "投诉: a complaint about how an officer or agency acted")
    COMPLAINT,
    @Schema(description = "举报: a report of an unlawful act to be investigated")
    REPORT
}

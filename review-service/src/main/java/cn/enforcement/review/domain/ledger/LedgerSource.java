package cn.enforcement.review.domain.ledger;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a problem of the ledger was found. */
@Schema(description = "Where a problem of the ledger (问题清单台账) was found")
public enum LedgerSource {
    @Schema(description = "案卷自动评查: the automated file checks found a defect")
    FILE_CHECK,
    @Schema(description = "案卷评查: an evaluator's scoring of a sampled file")
    EVALUATION,
    @Schema(description = "投诉举报: a complaint or report from the public")
    COMPLAINT,
    @Schema(description = "执法监督: a supervisor's own finding")
    SUPERVISOR
}

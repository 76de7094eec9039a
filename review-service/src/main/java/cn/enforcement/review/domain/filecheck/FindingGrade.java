package cn.enforcement.review.domain.filecheck;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How serious a finding is (问题等级). */
@Schema(description = "How serious a finding of the automated file check is")
public enum FindingGrade {
    @Schema(description = "违法: a defect, the act or file breaks a rule of law")
    DEFECT,
    @Schema(description = "不规范: an irregularity, the procedure held but was not kept as it should be")
    IRREGULARITY,
    @Schema(description = "提示: a remark for the evaluator, lawful as recorded")
    REMARK
}

package cn.enforcement.cases.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a case came from (案件来源). */
public enum CaseSource {
    @Schema(description = "执法检查: found in an inspection")
    INSPECTION,
    @Schema(description = "投诉举报: from a complaint or report")
    COMPLAINT_OR_REPORT,
    @Schema(description = "其他机关移送: transferred by another agency")
    TRANSFER_FROM_AGENCY,
    @Schema(description = "上级交办: assigned by a higher authority")
    SUPERVISION_ASSIGNMENT,
    @Schema(description = "非现场执法: detected without an officer on site, e.g. a weigh-in-motion station (PL 41)")
    NON_SITE_DETECTION
}

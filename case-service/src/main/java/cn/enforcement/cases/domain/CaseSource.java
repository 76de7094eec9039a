package cn.enforcement.cases.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a case came from (案件来源). */
public enum CaseSource {
    @Schema(description = "执法检查: found in an inspection")
    INSPECTION("执法检查"),
    @Schema(description = "投诉举报: from a complaint or report")
    COMPLAINT_OR_REPORT("投诉举报"),
    @Schema(description = "其他机关移送: transferred by another agency")
    TRANSFER_FROM_AGENCY("其他机关移送"),
    @Schema(description = "上级交办: assigned by a higher authority")
    SUPERVISION_ASSIGNMENT("上级交办"),
    @Schema(description = "非现场执法: detected without an officer on site, e.g. a weigh-in-motion station (PL 41)")
    NON_SITE_DETECTION("非现场执法");

    private final String term;

    CaseSource(String term) {
        this.term = term;
    }

    /** The source as the filing approval form names it. */
    public String term() {
        return term;
    }
}

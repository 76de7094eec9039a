package cn.enforcement.cases.domain;

/** Where a case came from (案件来源). */
public enum CaseSource {
    INSPECTION,             // 执法检查
    COMPLAINT_OR_REPORT,    // 投诉举报
    TRANSFER_FROM_AGENCY,   // 其他机关移送
    SUPERVISION_ASSIGNMENT, // 上级交办
    NON_SITE_DETECTION      // 非现场执法 (e.g. weigh-in-motion station)
}

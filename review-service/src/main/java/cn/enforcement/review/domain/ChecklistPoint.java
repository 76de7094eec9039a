package cn.enforcement.review.domain;

/** The ten points a legal review checks (seed 002, 重大执法决定法制审核内容). */
public enum ChecklistPoint {
    LAWFUL_SUBJECT,            // 执法主体是否合法
    OFFICERS_QUALIFIED,        // 执法人员是否具备执法资格
    FACTS_CLEAR,               // 事实是否清楚
    EVIDENCE_SUFFICIENT,       // 证据是否确实充分
    LAW_CORRECTLY_APPLIED,     // 适用法律是否准确
    DISCRETION_APPROPRIATE,    // 裁量基准运用是否适当
    PROCEDURE_LAWFUL,          // 程序是否合法
    WITHIN_POWERS,             // 是否超越职权
    DOCUMENTS_COMPLETE,        // 执法文书是否规范齐备
    CRIME_TRANSFER_CONSIDERED  // 涉嫌犯罪是否移送
}

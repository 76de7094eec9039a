package cn.enforcement.review.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The ten points a legal review checks (seed 002, 重大执法决定法制审核内容). */
public enum ChecklistPoint {
    @Schema(description = "执法主体是否合法: the agency is the lawful enforcement subject")
    LAWFUL_SUBJECT,
    @Schema(description = "执法人员是否具备执法资格: the officers hold valid credentials")
    OFFICERS_QUALIFIED,
    @Schema(description = "事实是否清楚: the facts are clear")
    FACTS_CLEAR,
    @Schema(description = "证据是否确实充分: the evidence is true and sufficient")
    EVIDENCE_SUFFICIENT,
    @Schema(description = "适用法律是否准确: the law is correctly applied")
    LAW_CORRECTLY_APPLIED,
    @Schema(description = "裁量基准运用是否适当: the discretion benchmark is appropriately applied")
    DISCRETION_APPROPRIATE,
    @Schema(description = "程序是否合法: the procedure is lawful")
    PROCEDURE_LAWFUL,
    @Schema(description = "是否超越职权: the agency acts within its powers")
    WITHIN_POWERS,
    @Schema(description = "执法文书是否规范齐备: the documents are complete and in form")
    DOCUMENTS_COMPLETE,
    @Schema(description = "涉嫌犯罪是否移送: a suspected crime was considered for transfer")
    CRIME_TRANSFER_CONSIDERED
}

package cn.enforcement.cases.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a penalty case stands, in legal order: filed (awaiting the head's approval), investigating,
 * notified, hearing requested, decided, served, paid, closed, archived; and the side exits no
 * penalty, transferred, revoked.
 */
public enum CaseStatus {
    @Schema(description = "立案待批: filed, awaiting the head's approval (TR 62-63)")
    FILING_PENDING_APPROVAL,
    @Schema(description = "调查取证: filing approved, evidence being gathered (PL 54-56)")
    INVESTIGATING,
    @Schema(description = "已告知: the party was told the intended penalty and their rights (PL 44)")
    NOTIFIED,
    @Schema(description = "已申请听证: the party asked for a hearing (PL 63-64)")
    HEARING_REQUESTED,
    @Schema(description = "已决定: the penalty decision is made (PL 57, 59)")
    DECIDED,
    @Schema(description = "已送达: the decision was served; payment or performance is awaited (PL 61)")
    SERVED,
    @Schema(description = "已缴纳: the bank confirmed the fine was paid (PL 67)")
    PAID,
    @Schema(description = "不予处罚: decided not to penalise (PL 33, 57)")
    NO_PENALTY,
    @Schema(description = "已移送: transferred as a suspected crime (PL 27, 57)")
    TRANSFERRED,
    @Schema(description = "已撤销: the case was revoked (撤销立案)")
    REVOKED,
    @Schema(description = "结案: the case is closed (TR 84)")
    CLOSED,
    @Schema(description = "归档: the file is archived")
    ARCHIVED
}

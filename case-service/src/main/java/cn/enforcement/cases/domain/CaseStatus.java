package cn.enforcement.cases.domain;

import java.util.Set;

/**
 * Where a penalty case stands, in legal order: filed (awaiting the head's approval), investigating,
 * notified, hearing requested, decided, served, paid, closed, archived; and the side exits no
 * penalty, transferred, revoked.
 */
public enum CaseStatus {
    FILING_PENDING_APPROVAL, // 立案待批
    INVESTIGATING,           // 调查取证
    NOTIFIED,                // 已告知
    HEARING_REQUESTED,       // 已申请听证
    DECIDED,                 // 已决定
    SERVED,                  // 已送达 (执行中)
    PAID,                    // 已缴纳
    NO_PENALTY,              // 不予处罚
    TRANSFERRED,             // 已移送
    REVOKED,                 // 已撤销
    CLOSED,                  // 结案
    ARCHIVED;                // 归档

    private static final Set<CaseStatus> ENDED = Set.of(REVOKED, CLOSED, ARCHIVED);

    public boolean isOpen() {
        return !ENDED.contains(this);
    }

    /** Refuses an act the case's present state does not allow. */
    public void requireOneOf(String act, CaseStatus... allowed) {
        for (CaseStatus status : allowed) {
            if (status == this) {
                return;
            }
        }
        throw CaseProblem.CASE_STATE_FORBIDS_ACT.refuse(
                act + " is not allowed while the case is " + this + "; allowed in " + Set.of(allowed),
                "行政处罚法 第五章 (procedure, PL 44-69)");
    }
}

package cn.enforcement.cases.domain;

import cn.enforcement.platform.events.review.LegalReviewCompleted;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a case's timeline records: each act on the case, and the outcomes other services report of it. */
@Schema(description = "An entry of a case's timeline: an act on the case or an outcome reported of it")
public enum TimelineAct {
    @Schema(description = "立案: the case was filed")
    FILED,
    @Schema(description = "立案批准: the head approved the filing (PL 54)")
    FILING_APPROVED,
    @Schema(description = "简易程序备案: the summary decision was filed with the agency (TR 61)")
    SUMMARY_DECISION_FILED,
    @Schema(description = "指派执法人员: handling officers assigned (PL 42)")
    OFFICERS_ASSIGNED,
    @Schema(description = "补充当事人、车辆: persons or vehicles named")
    PERSONS_NAMED,
    @Schema(description = "处罚建议: the penalty proposed")
    PROPOSAL,
    @Schema(description = "告知: the notice issued (PL 44)")
    NOTICE_ISSUED,
    @Schema(description = "陈述申辩: the party's statement recorded (PL 45)")
    STATEMENT,
    @Schema(description = "申请听证: the party asked for a hearing (PL 63-64)")
    HEARING_REQUESTED,
    @Schema(description = "听证通知: the party notified of the hearing (PL 64)")
    HEARING_NOTIFIED,
    @Schema(description = "举行听证: the hearing held (PL 64-65)")
    HEARING_HELD,
    @Schema(description = "未到场听证: the party did not appear, a waiver (PL 64)")
    HEARING_DEFAULTED,
    @Schema(description = "送法制审核: legal review asked for (PL 58)")
    LEGAL_REVIEW_REQUESTED,
    @Schema(description = "法制审核同意: review-service approved")
    LEGAL_REVIEW_APPROVED,
    @Schema(description = "法制审核退回补充: review-service returned the case for supplement")
    LEGAL_REVIEW_RETURNED_FOR_CORRECTION,
    @Schema(description = "法制审核不同意: review-service rejected the proposal")
    LEGAL_REVIEW_REJECTED,
    @Schema(description = "集体讨论: the heads' collective discussion concluded (PL 57 ¶2)")
    COLLECTIVE_DISCUSSION,
    @Schema(description = "处罚决定: the decision made (PL 57, 59)")
    DECIDED,
    @Schema(description = "延长办案期限: the decision period extended (PL 60)")
    EXTENDED,
    @Schema(description = "送达: the decision served (PL 61)")
    SERVED,
    @Schema(description = "缴款: the bank confirmed a payment (PL 67)")
    PAID,
    @Schema(description = "当场收缴: the fine collected on the spot (PL 68-70)")
    COLLECTED_ON_THE_SPOT,
    @Schema(description = "罚款交纳: the money collected on the spot reached the agency (PL 71)")
    COLLECTED_FINE_HANDED_OVER,
    @Schema(description = "不予处罚: no penalty decided (PL 33)")
    NO_PENALTY,
    @Schema(description = "撤销: the decision revoked")
    REVOKED,
    @Schema(description = "复议、诉讼: a remedy filed (PL 73)")
    REMEDY_FILED,
    @Schema(description = "复议、诉讼结果: a remedy concluded")
    REMEDY_CONCLUDED,
    @Schema(description = "结案: closed (TR 84)")
    CLOSED,
    @Schema(description = "归档: archived")
    ARCHIVED,
    @Schema(description = "涉案数额: facts measured against criminal thresholds (PL 27)")
    FACTS_MEASURED,
    @Schema(description = "移送书面报告: a transfer requested (TP 5)")
    TRANSFER_REQUESTED,
    @Schema(description = "批准移送: the head approved the transfer (TP 5)")
    TRANSFER_APPROVED,
    @Schema(description = "不予移送: the head declined to transfer, with reasons")
    TRANSFER_DECLINED,
    @Schema(description = "移送: delivered to the receiving body (PL 27; TP 6)")
    TRANSFERRED,
    @Schema(description = "接收机关立案: the receiving body accepted (TP 8)")
    TRANSFER_ACCEPTED,
    @Schema(description = "不予立案: the receiving body refused (TP 8-9)")
    TRANSFER_REFUSED,
    @Schema(description = "提请复议: reconsideration of a refusal asked (TP 9)")
    TRANSFER_RECONSIDERATION_ASKED,
    @Schema(description = "立案监督: the procuratorate took up a refusal (CPL 113)")
    TRANSFER_FILING_SUPERVISED,
    @Schema(description = "先行登记保存申请: evidence preservation asked for (PL 56)")
    EVIDENCE_PRESERVATION_REQUESTED,
    @Schema(description = "先行登记保存批准: the head approved it (PL 56)")
    EVIDENCE_PRESERVATION_APPROVED,
    @Schema(description = "先行登记保存处理: the preserved evidence handled (PL 56, 85)")
    EVIDENCE_PRESERVATION_HANDLED,
    /**
     * The issue of a document (执法文书) records a step, it is not one: an act performed before the document was
     * printed (a payment made before the service receipt was issued) may still be recorded after it.
     */
    @Schema(description = "文书制作: a document issued")
    DOCUMENT_ISSUED;

    /** The timeline entry of a legal review's outcome. */
    public static TimelineAct ofReviewOutcome(LegalReviewCompleted.Outcome outcome) {
        return valueOf("LEGAL_REVIEW_" + outcome.name());
    }
}

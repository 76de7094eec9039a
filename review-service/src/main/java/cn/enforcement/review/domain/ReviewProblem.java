package cn.enforcement.review.domain;

import cn.enforcement.problem.ProblemType;

/**
 * The refusals of legal review (法制审核) and collective discussion, each code with its status and its meaning
 * in English and Chinese.
 */
public enum ReviewProblem implements ProblemType {

    APPROVAL_WITH_FAILED_POINT(422, "Approval with a failed point", "有未通过要点不得同意",
            "A review that approves has every point passed.",
            "同意的审核意见须所有要点均通过。"),
    CASE_FILE_NOT_FOUND(404, "Case file not found", "案卷不存在",
            "No case file has this id in your scope.",
            "您权限范围内不存在该案卷。"),
    CHECKLIST_FAILED_POINT_NEEDS_REASON(422, "Failed point needs a reason", "未通过要点须说明理由",
            "A failed review point says why in its note.",
            "未通过的审核要点须说明理由。"),
    CHECKLIST_INCOMPLETE(422, "Review checklist incomplete", "审核要点未全部填写",
            "Each of the ten review points is answered exactly once.",
            "十项审核要点须逐项作答且仅答一次。"),
    DISCUSSION_DATE_OUTSIDE_PROCEDURE(422, "Discussion date impossible", "集体讨论日期不合理",
            "The collective discussion is dated before the review or after today.",
            "集体讨论日期早于法制审核或晚于今日。"),
    DISCUSSION_NOT_DUE(409, "No collective discussion due", "无须集体讨论",
            "No collective discussion is due for this case.",
            "该案件无需集体讨论。"),
    DISPUTE_NOT_OPEN(409, "Nothing to dispute", "无待处理异议",
            "There is no open dispute on this review.",
            "该法制审核没有待处理的异议。"),
    FILE_CHECK_UNKNOWN(400, "File check unknown", "评查规则未知",
            "The check filter names no automated file check.",
            "所筛选的自动评查规则不存在。"),
    FINDING_GRADE_UNKNOWN(400, "Finding grade unknown", "问题等级未知",
            "The grade filter is DEFECT, IRREGULARITY or REMARK.",
            "问题等级须为 DEFECT、IRREGULARITY 或 REMARK。"),
    LEDGER_DUE_DATE_PAST(422, "Last day already past", "整改期限已过",
            "The last day of a ledger entry is today or later.",
            "整改期限不得早于今日。"),
    LEDGER_ENTRY_NOT_CLOSED(409, "Ledger entry not closed", "问题尚未销号",
            "Only a closed entry is re-opened.",
            "只有已销号的问题可以重新打开。"),
    LEDGER_ENTRY_NOT_FOUND(404, "Ledger entry not found", "问题不存在",
            "No ledger entry has this id in your scope.",
            "您权限范围内不存在该问题。"),
    LEDGER_ENTRY_NOT_OPEN(409, "Ledger entry not open", "问题不在待整改状态",
            "Only an open entry is reported rectified.",
            "只有待整改的问题可以报告整改。"),
    LEDGER_ENTRY_NOT_RECTIFIED(409, "Ledger entry not rectified", "问题尚未整改",
            "The head closes an entry only once it is reported rectified.",
            "问题报告整改后，负责人方可审核销号。"),
    LEDGER_SENT_BACK_WITHOUT_REASON(422, "Sent back without a reason", "退回整改须说明理由",
            "A head who does not approve the closing says why.",
            "负责人不同意销号的，应当说明理由。"),
    LEDGER_SOURCE_UNKNOWN(400, "Ledger source unknown", "问题来源未知",
            "The source is FILE_CHECK, EVALUATION, COMPLAINT or SUPERVISOR.",
            "问题来源须为 FILE_CHECK、EVALUATION、COMPLAINT 或 SUPERVISOR。"),
    LEDGER_STATUS_UNKNOWN(400, "Ledger status unknown", "问题状态未知",
            "The status is OPEN, RECTIFIED or CLOSED.",
            "问题状态须为 OPEN、RECTIFIED 或 CLOSED。"),
    NOT_A_HANDLING_OFFICER(403, "Not a handling officer", "非本案承办人员",
            "Only the case's handling officers may dispute the review.",
            "只有本案承办人员可以对审核意见提出异议。"),
    NOT_THE_ASSIGNED_REVIEWER(403, "Not the assigned reviewer", "非指定审核人员",
            "Only the reviewer assigned to the review may conclude it.",
            "只有被指定的法制审核人员可以作出审核意见。"),
    OUTCOME_WITHOUT_FAILED_POINT(422, "Return without a failed point", "退回须有未通过要点",
            "A case is returned or rejected for a failed point.",
            "退回或不同意须有未通过的审核要点。"),
    OUTSIDE_SUPERVISED_REGION(403, "Outside your region", "超出监督范围",
            "A supervisor acts only for agencies of the region they supervise.",
            "执法监督人员只能对其监督区域内的机构作出处理。"),
    QUORUM_NOT_MET(422, "Collective discussion without a quorum", "集体讨论人数不足",
            "A collective discussion needs the quorum of the agency's heads.",
            "集体讨论须达到负责人法定人数。"),
    REVIEWER_IS_HANDLING_OFFICER(422, "Reviewer handles the case", "审核人员为本案承办人",
            "案件承办人员不得担任该案件的法制审核人员 (PL 58).",
            "案件承办人员不得担任该案件的法制审核人员（《行政处罚法》第五十八条）。"),
    REVIEWER_NOT_QUALIFIED(422, "Reviewer not qualified", "审核人员未取得法律职业资格",
            "A first-time legal reviewer holds the national legal qualification (PL 58).",
            "初次从事行政处罚决定法制审核的人员，应当通过国家统一法律职业资格考试取得法律职业资格（《行政处罚法》第五十八条）。"),
    REVIEWER_OF_ANOTHER_AGENCY(422, "Reviewer of another agency", "审核人员不属于本机构",
            "The reviewer belongs to another agency than the case.",
            "审核人员与案件不属于同一机构。"),
    REVIEWER_UNKNOWN(422, "Reviewer unknown", "审核人员未知",
            "The reviewer is not a serving officer known from personnel records.",
            "审核人员不是人事记录中的在岗人员。"),
    REVIEW_CLOSED(409, "Review closed", "法制审核已结束",
            "The review is concluded; it is not changed.",
            "法制审核已结束，不再修改。"),
    REVIEW_NOT_FOUND(404, "Review not found", "法制审核不存在",
            "No legal review has this id in your scope.",
            "您权限范围内不存在该法制审核。"),
    REVIEW_NOT_LATEST_CONCLUDED(409, "Not the latest concluded review", "非最近一次审核结论",
            "Only the latest concluded review can be disputed.",
            "只能对最近一次已作出的审核结论提出异议。"),
    REVIEW_STATUS_UNKNOWN(400, "Review status unknown", "审核状态未知",
            "The status filter names a status that does not exist.",
            "所筛选的审核状态不存在。"),
    SUPPLEMENT_NOT_NAMED(422, "What to supplement not named", "未载明补充内容",
            "A case returned for supplement (补充调查) says what is to be supplemented.",
            "退回补充调查的，应当载明需补充的内容。");

    private final Text text;

    ReviewProblem(int status, String title, String titleZh, String meaning, String meaningZh) {
        this.text = new Text(status, title, titleZh, meaning, meaningZh);
    }

    @Override
    public Text text() {
        return text;
    }
}

package cn.enforcement.disclosure.domain;

import cn.enforcement.problem.ProblemType;

/**
 * The refusals of public disclosure (行政执法公示), each code with its status and its meaning
 * in English and Chinese.
 */
public enum DisclosureProblem implements ProblemType {

    AGENCY_INVALID(400, "Agency code invalid", "机构代码无效",
            "An agency is named by its nine-digit code.",
            "机构代码应为九位数字。"),
    AGENCY_NOT_FOUND(404, "Agency not found", "机构不存在",
            "No profile is published for this agency.",
            "该机构尚未公开机构信息。"),
    AGENCY_REQUIRED(400, "Agency required", "须指定机构",
            "The query needs the agency whose records are asked for.",
            "该查询须指定机构。"),
    DECISION_NOT_FOUND(404, "Decision not found", "决定不存在",
            "No published decision has this id, or it has been withdrawn.",
            "不存在该公开决定，或已撤回。"),
    DECISION_NUMBER_UNKNOWN(409, "Decision not yet numbered", "决定书尚未编号",
            "A decision is published under its own number (文号), which it has once its document is issued.",
            "行政处罚决定书制发编号后方可公开。"),
    DISCLOSURE_NOT_FOUND(404, "Disclosure not found", "公开记录不存在",
            "No disclosure record has this id in your scope.",
            "您权限范围内不存在该公开记录。"),
    DISCLOSURE_STATE_FORBIDS_ACT(409, "Not now", "当前公开状态不允许该操作",
            "The disclosure record's state does not allow this act (e.g. publishing a withdrawn record).",
            "公开记录当前状态不允许该操作（如发布已撤回的记录）。"),
    DISCLOSURE_STATUS_UNKNOWN(400, "Disclosure status unknown", "公开状态未知",
            "The status filter names a status that does not exist.",
            "所筛选的公开状态不存在。"),
    FIELD_INVALID(400, "Field invalid", "字段无效",
            "A search field has a value outside what it accepts.",
            "查询字段取值无效。"),
    NAME_TOO_LONG(400, "Name too long", "名称过长",
            "The name searched for is longer than any name kept.",
            "查询的名称超过最大长度。"),
    PARTY_TYPE_INVALID(400, "Party type invalid", "当事人类型无效",
            "partyType is INDIVIDUAL or ORGANISATION.",
            "partyType 应为 INDIVIDUAL（公民）或 ORGANISATION（法人或其他组织）。"),
    PERSONAL_DATA_FLAGGED(422, "Personal data in the draft", "公开草稿含疑似个人信息",
            "The draft still holds spans that look personal (listed in errors with kind and position): mask each, or declare it not personal with a reason.",
            "公开草稿仍含疑似个人信息（见 errors 中的类型与位置），请逐项遮蔽，或说明理由后确认其不属于个人信息。"),
    PHRASE_NOT_IN_DRAFT(422, "Nothing to mask", "待遮蔽内容不在草稿中",
            "A phrase to be masked does not occur in the draft.",
            "需遮蔽的内容在公开草稿中不存在。"),
    PUSH_KIND_UNKNOWN(400, "Event kind unknown", "事件类型未知",
            "A subscription names an event kind the feed does not carry (e.g. CaseFiled, LegalReviewCompleted).",
            "订阅中的事件类型不在监督数据中（如 CaseFiled、LegalReviewCompleted）。"),
    PUSH_REGION_OUTSIDE_SCOPE(403, "Region outside your scope", "区域超出范围",
            "A subscription covers your region or a region under it, never a wider or another one.",
            "订阅的区域只能是本区域或其下级区域。"),
    PUSH_TARGET_NOT_ALLOWED(422, "Push address not allowed", "推送地址未获准许",
            "The platform pushes only to addresses its operator allowed (supervision.push.allowed-targets); ask them to add yours.",
            "平台只向运维方准许的地址推送（supervision.push.allowed-targets），请联系运维方添加。"),
    PROFILE_BACKDATED(422, "A profile is not changed for the past", "机构信息不得追溯修改",
            "An agency profile change takes effect today or later, never in the past.",
            "机构信息变更只能自今日或以后生效，不得追溯。"),
    REPORT_NOT_FOUND(404, "Report not found", "年度报告不存在",
            "No annual report exists for this agency and year.",
            "该机构该年度的年度报告不存在。"),
    REPORT_PUBLISHED(409, "Already published", "年度报告已发布",
            "The annual report has been published and is no longer changed.",
            "年度报告已发布，不再修改。"),
    SPAN_NOT_FLAGGED(422, "Span not flagged", "该内容未被标记",
            "Only a span the draft's check flags can be declared not personal.",
            "只有被标记为疑似个人信息的内容才能确认为非个人信息。"),
    SUBSCRIPTION_NOT_FOUND(404, "Subscription not found", "订阅不存在",
            "No subscription of yours has this id.",
            "您没有该编号的订阅。"),
    VIOLATION_ITEM_INVALID(400, "Violation item code invalid", "违法事项代码无效",
            "violationItem is a catalogue code such as RA-01.",
            "violationItem 应为事项清单代码，如 RA-01。"),
    YEAR_NOT_OVER(409, "The year is not over", "年度尚未结束",
            "An annual report is drawn up after the year is over.",
            "年度结束后方可编制年度报告。");

    private final Text text;

    DisclosureProblem(int status, String title, String titleZh, String meaning, String meaningZh) {
        this.text = new Text(status, title, titleZh, meaning, meaningZh);
    }

    @Override
    public Text text() {
        return text;
    }
}

package cn.enforcement.personnel.domain;

import cn.enforcement.problem.ProblemType;

/**
 * The refusals of officers and their enforcement credentials, each code with its status and its meaning
 * in English and Chinese.
 */
public enum PersonnelProblem implements ProblemType {

    AGENCY_NOT_REGISTERED(404, "Agency not found", "执法主体不存在",
            "No enforcement agency has this code in the registry.",
            "执法主体名录中没有该机构代码。"),
    AGENCY_PARENT_INVALID(422, "Parent agency invalid", "上级机构无效",
            "The parent must be another registered agency whose region covers the agency's.",
            "上级机构应为已登记的其他机构，且其辖区覆盖本机构辖区。"),
    AGENCY_PERIOD_INVALID(422, "Period invalid", "有效期无效",
            "An agency's period in force ends after it begins.",
            "机构有效期的截止日期应晚于起始日期。"),
    CREDIT_CODE_INVALID(422, "Credit code invalid", "统一社会信用代码无效",
            "The unified social credit code fails its check character (GB 32100-2015).",
            "统一社会信用代码校验不通过（GB 32100-2015）。"),
    CREDIT_CODE_TAKEN(409, "Credit code taken", "统一社会信用代码已被使用",
            "Another agency is registered under this unified social credit code.",
            "已有其他机构使用该统一社会信用代码登记。"),
    CREDENTIAL_ALREADY_IN_FORCE(409, "Officer already holds a credential", "已持有有效证件",
            "The officer already holds a credential in force.",
            "该执法人员已持有有效执法证件。"),
    CREDENTIAL_FINAL(409, "Credential final", "证件状态为终局",
            "A revoked or cancelled credential is final.",
            "已注销或吊销的执法证件不可再变更。"),
    CREDENTIAL_NOT_FOUND(404, "Credential not found", "执法证件不存在",
            "No credential has this number.",
            "不存在该执法证件号。"),
    CREDENTIAL_NOT_REINSTATABLE(409, "Credential not reinstatable", "证件不可恢复",
            "Only a suspended credential whose reason is resolved can be reinstated.",
            "只有被暂扣的证件在原因消除后可以恢复。"),
    CREDENTIAL_NOT_SUSPENDABLE(409, "Credential not suspendable", "证件不可暂扣",
            "Only an active credential can be suspended.",
            "只有有效状态的执法证件可以暂扣。"),
    CREDENTIAL_NUMBER_MALFORMED(400, "Credential number malformed", "执法证件号格式错误",
            "A credential number has the province's format.",
            "执法证件号格式不符合规定。"),
    ID_NUMBER_INVALID(422, "Invalid resident ID number", "身份证号无效",
            "The resident ID number fails its check digit or date.",
            "身份证号校验位或出生日期无效。"),
    INSTANT_MALFORMED(400, "Instant malformed", "时间格式错误",
            "A time is given in RFC 3339 form, e.g. 2026-12-03T09:30:00+08:00.",
            "时间应采用 RFC 3339 格式，如 2026-12-03T09:30:00+08:00。"),
    LEGAL_QUALIFICATION_IN_FUTURE(422, "Qualification obtained in the future", "资格取得日期晚于今日",
            "A legal qualification cannot have been obtained after today.",
            "法律职业资格的取得日期不得晚于今日。"),
    LEGAL_QUALIFICATION_INCOMPLETE(422, "Certificate and date go together", "法律职业资格信息不全",
            "A legal qualification certificate and the date obtained go together.",
            "法律职业资格证书编号与取得日期须同时提供。"),
    OFFICER_ALREADY_REGISTERED(409, "Officer already registered", "执法人员已登记",
            "An officer with this ID number is already registered.",
            "该身份证号的执法人员已登记。"),
    OFFICER_NOT_FOUND(404, "Officer not found", "执法人员不存在",
            "No officer has this id in your scope.",
            "您权限范围内不存在该执法人员。"),
    OFFICER_NOT_ON_POST(409, "Officer has left the post", "执法人员已离岗",
            "A credential is not issued to or kept by an officer who has left the post.",
            "已离岗人员不予发放或保留执法证件。"),
    QUALIFICATION_EXAM_NOT_PASSED(422, "Qualification exam not passed", "未通过资格考试",
            "A credential is issued only after the enforcement qualification exam is passed.",
            "通过执法资格考试后方可发放执法证件。"),
    QUALIFICATION_EXAM_TOO_OLD(422, "Qualification exam too old", "资格考试成绩过期",
            "The qualification exam was passed too long ago to count.",
            "执法资格考试成绩已超过有效期。"),
    QUALIFICATION_TRAINING_INCOMPLETE(422, "Qualification training incomplete", "培训学时不足",
            "The officer has not completed the required training hours.",
            "执法人员未完成规定的培训学时。"),
    REGION_INVALID(400, "Region invalid", "行政区划代码无效",
            "A region is named by its six-digit administrative division code.",
            "行政区划代码应为六位数字。"),
    REGION_OUTSIDE_AGENCY(422, "Region outside the agency's", "区域不属于本机构",
            "The region lies outside the agency's own region.",
            "所列区域不在本机构管辖区域内。"),
    REVIEW_YEAR_OUT_OF_RANGE(422, "No review for that year", "审验年度无效",
            "No annual review is recorded for that year (future or before the credential).",
            "该年度无法记录年度审验（未来年度或早于证件发放）。"),
    SUSPENSION_END_IN_PAST(422, "Suspension ends in the past", "暂扣期限已过",
            "A suspension ends in the future.",
            "暂扣截止时间应在未来。"),
    USERNAME_TAKEN(409, "Login already linked", "登录账号已被关联",
            "The login is already linked to another officer.",
            "该登录账号已关联其他执法人员。"),
    VALIDITY_PERIOD_INVALID(422, "Validity period out of order", "有效期顺序错误",
            "The validity period ends before it starts.",
            "有效期截止日期早于起始日期。");

    private final Text text;

    PersonnelProblem(int status, String title, String titleZh, String meaning, String meaningZh) {
        this.text = new Text(status, title, titleZh, meaning, meaningZh);
    }

    @Override
    public Text text() {
        return text;
    }
}

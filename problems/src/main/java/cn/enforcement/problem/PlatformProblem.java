package cn.enforcement.problem;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The refusals every service answers alike (authentication, bodies, parameters, paging, agency scope and
 * idempotency), each code with its status and its meaning in English and Chinese.
 */
public enum PlatformProblem implements ProblemType {

    AGENCY_UNKNOWN(422, "Agency unknown", "执法主体不存在",
            "The agency code names no enforcement agency in force in the agency registry.",
            "该机构代码不是执法主体名录中现行有效的执法主体。"),
    BAD_REQUEST(400, "Bad request", "请求错误",
            "The request could not be understood.",
            "无法理解该请求。"),
    CONCURRENT_CHANGE(409, "Changed concurrently", "记录被同时修改",
            "Another request changed the record at the same time; read it again and retry.",
            "另一请求同时修改了该记录，请重新读取后重试。"),
    CURSOR_MALFORMED(400, "Cursor malformed", "分页游标无效",
            "after must be the next value given by a previous page.",
            "after 参数须为上一页返回的游标。"),
    DUPLICATE_FIELD(400, "Duplicate field", "字段重复",
            "The body names a field twice; errors names it. Send each field once.",
            "请求体中同一字段出现两次；errors 列出该字段。每个字段只能出现一次。"),
    FORBIDDEN(403, "Forbidden", "无权访问",
            "Your roles do not allow this request.",
            "您的角色无权进行该请求。"),
    IDEMPOTENCY_KEY_INVALID(400, "Idempotency key invalid", "幂等键无效",
            "An Idempotency-Key is 8 to 255 visible ASCII characters, e.g. a UUID.",
            "Idempotency-Key 应为 8 至 255 个可见 ASCII 字符，如 UUID。"),
    IDEMPOTENCY_KEY_REUSED(422, "Idempotency key reused", "幂等键被重复用于不同请求",
            "The Idempotency-Key was used before for a different request; use a new key for a new command.",
            "该 Idempotency-Key 已用于另一不同请求，新指令请使用新键。"),
    INTERNAL_ERROR(500, "Internal error", "内部错误",
            "The service failed unexpectedly; the detail names an incident to quote to the operators.",
            "服务发生意外错误；detail 中的事件编号可提供给运维人员排查。"),
    MALFORMED_FIELD(400, "Malformed field", "字段格式错误",
            "A field has the wrong type or format, or a date out of range.",
            "字段类型或格式错误，或日期超出范围。"),
    MALFORMED_JSON(400, "Malformed JSON", "JSON 格式错误",
            "The body is not valid JSON.",
            "请求体不是合法的 JSON。"),
    METHOD_NOT_ALLOWED(405, "Method not allowed", "方法不允许",
            "The path does not accept this HTTP method.",
            "该路径不接受此 HTTP 方法。"),
    NOT_ACCEPTABLE(406, "Not acceptable", "无法提供所需格式",
            "The service cannot answer in the media type asked for in Accept.",
            "服务无法以 Accept 所要求的格式应答。"),
    NOT_FOUND(404, "Not found", "未找到",
            "Nothing is served at this path.",
            "该路径下没有资源。"),
    OUTSIDE_OWN_AGENCY(403, "Outside own agency", "超出本机构范围",
            "The record belongs to another agency than yours.",
            "该记录属于其他机构。"),
    PARAMETER_INVALID(400, "Parameter invalid", "参数无效",
            "A path or query parameter has the wrong type or lies outside its range.",
            "路径或查询参数类型错误或超出范围。"),
    PARTNER_READ_ONLY(403, "Partners read only", "合作方只读",
            "A partner system's client may read but not act.",
            "合作方系统只能读取，不能执行操作。"),
    PAYLOAD_TOO_LARGE(413, "Payload too large", "请求体过大",
            "The request body is larger than this route accepts.",
            "请求体超过该接口允许的大小。"),
    PROVINCIAL_SUPERVISOR_ONLY(403, "Provincial supervisor only", "仅限省级监督",
            "Only the provincial supervisor may read across agencies here.",
            "只有省级执法监督人员可以跨机构查询此处。"),
    REGION_CLAIM_MISSING(403, "Region claim missing", "令牌缺少区域",
            "The token carries no region; ask the administrator to set the user's region.",
            "令牌中没有区域信息，请管理员设置该用户的区域。"),
    REGION_UNKNOWN(422, "Region unknown", "区域不存在",
            "The region code is served by no enforcement agency in force in the agency registry.",
            "该区域代码下没有执法主体名录中现行有效的执法主体。"),
    UNAUTHENTICATED(401, "Unauthenticated", "未认证",
            "A valid bearer token is required.",
            "须提供有效的访问令牌（Bearer token）。"),
    UNKNOWN_FIELD(400, "Unknown field", "未知字段",
            "The body has a field this API does not know (often a misspelt name).",
            "请求体包含接口不认识的字段（常为拼写错误）。"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type", "不支持的媒体类型",
            "The body's Content-Type is not one this operation accepts.",
            "请求体的 Content-Type 不被该接口接受。"),
    VALIDATION_FAILED(400, "Validation failed", "字段校验失败",
            "One or more fields are invalid; errors lists each field and why.",
            "一个或多个字段无效；errors 列出每个字段及原因。"),
    VALUE_OUT_OF_RANGE(422, "Value out of range", "取值超出范围",
            "A value is too long or out of range for what is kept.",
            "取值过长或超出可保存的范围。");

    /** What any request may be answered, whatever its operation: checks of the request as a whole. */
    public static final Set<PlatformProblem> ANY_REQUEST = Collections.unmodifiableSet(EnumSet.of(UNAUTHENTICATED, FORBIDDEN,
            BAD_REQUEST, VALIDATION_FAILED, UNKNOWN_FIELD, DUPLICATE_FIELD, MALFORMED_FIELD, MALFORMED_JSON, PARAMETER_INVALID, PAYLOAD_TOO_LARGE,
            UNSUPPORTED_MEDIA_TYPE, NOT_ACCEPTABLE, METHOD_NOT_ALLOWED, NOT_FOUND, IDEMPOTENCY_KEY_INVALID, IDEMPOTENCY_KEY_REUSED,
            CONCURRENT_CHANGE, VALUE_OUT_OF_RANGE, INTERNAL_ERROR));

    private final Text text;

    PlatformProblem(int status, String title, String titleZh, String meaning, String meaningZh) {
        this.text = new Text(status, title, titleZh, meaning, meaningZh);
    }

    @Override
    public Text text() {
        return text;
    }
}

package cn.enforcement.gateway.api;

import cn.enforcement.problem.ProblemType;

/**
 * The refusals of the gateway in front of every service, each code with its status and its meaning
 * in English and Chinese.
 */
public enum GatewayProblem implements ProblemType {

    BAD_GATEWAY(502, "Bad gateway", "网关上游错误",
            "The service behind the gateway answered with an error the gateway could not pass on.",
            "网关后端服务返回了无法转发的错误。"),
    NO_ROUTE(404, "No route", "无此接口",
            "No API route matches this path.",
            "没有与该路径匹配的接口。"),
    PATH_NOT_ALLOWED(400, "Path not allowed", "路径不允许",
            "The path holds encoded separators, dot segments or characters the gateway refuses.",
            "路径包含网关拒绝的编码分隔符、点段或字符。"),
    RATE_LIMITED(429, "Too many requests", "请求过于频繁",
            "Too many requests from this caller; wait for the time in Retry-After.",
            "该调用方请求过多，请按 Retry-After 指示的时间后重试。"),
    REQUEST_BODY_TIMEOUT(408, "Request body too slow", "请求体传输过慢",
            "The request body did not arrive in time.",
            "请求体未在规定时间内传输完毕。"),
    SERVICE_UNAVAILABLE(503, "Service unavailable", "服务暂不可用",
            "The service behind the gateway is not ready or its circuit is open; retry later.",
            "后端服务未就绪或已熔断，请稍后重试。"),
    UPSTREAM_TIMEOUT(504, "Gateway timeout", "后端服务超时",
            "The service behind the gateway did not answer in time.",
            "后端服务未在规定时间内应答。");

    private final Text text;

    GatewayProblem(int status, String title, String titleZh, String meaning, String meaningZh) {
        this.text = new Text(status, title, titleZh, meaning, meaningZh);
    }

    @Override
    public Text text() {
        return text;
    }
}

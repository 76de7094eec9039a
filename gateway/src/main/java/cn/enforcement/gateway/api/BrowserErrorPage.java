package cn.enforcement.gateway.api;

import cn.enforcement.problem.Problem;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

/**
 * A refusal as a person in a browser reads it: a page in Chinese that says what went wrong and what to do next, with the
 * stable code for whoever helps them. Only a browser's page request gets it (GET with {@code Accept: text/html});
 * API clients keep problem+json.
 */
final class BrowserErrorPage {

    /** What the problem is, as the problem catalogue words it. */
    record Text(String titleZh, String meaningZh) {
    }

    private BrowserErrorPage() {
    }

    static boolean wanted(HttpServerRequest request) {
        String accept = request.getHeader("Accept");
        return (request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD) && accept != null && accept.contains("text/html");
    }

    static void send(HttpServerResponse response, int status, String code, Text text, String retryAfter) {
        String title = text == null ? "请求未能完成" : text.titleZh();
        String body = "<h1>" + escape(title) + "</h1>\n"
                + (text == null ? "" : "<p>" + escape(text.meaningZh()) + "</p>\n")
                + "<h2>您可以</h2>\n<ul>\n<li>" + nextStep(status, retryAfter) + "</li>\n"
                + "<li><a href=\"/public\">返回公示平台首页</a>，按执法主体、违法行为或日期查询公开信息</li>\n"
                + "<li>对执法行为有意见，可<a href=\"/public/complaints\">在线投诉举报</a>，或拨打交通运输服务监督电话 12328</li>\n</ul>\n"
                + "<p class=\"code\">错误代码 <a href=\"/problems/" + Problem.slugOf(code) + "\"><code>" + escape(code) + "</code></a>"
                + "（HTTP " + status + "）：咨询时请提供此代码。</p>";
        response.setStatusCode(status).putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'")
                .putHeader("Cache-Control", "no-store")
                .end("<!doctype html>\n<html lang=\"zh-CN\">\n<head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                        + "content=\"width=device-width, initial-scale=1\"><title>" + escape(title) + "</title>"
                        + "<style>body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;max-width:40rem;margin:2rem auto;"
                        + "padding:0 1rem;line-height:1.6;color:#1a1a1a}h1{color:#8a1c1c;font-size:1.4rem}a{color:#0645ad}"
                        + ".code{color:#444;font-size:.9rem}</style></head>\n<body>\n<main>\n" + body + "\n</main>\n</body>\n</html>\n");
    }

    private static String nextStep(int status, String retryAfter) {
        return switch (status) {
            case 400, 422 -> "检查所填写或选择的内容是否完整、格式是否正确，然后重新查询或提交";
            case 401, 403 -> "该页面仅供执法人员登录后使用；公众可浏览公示平台的公开信息";
            case 404 -> "检查网址是否输入正确；公开的决定可能已撤回，或已超过公示期限";
            case 409 -> "信息刚刚发生了变化，请刷新页面后重试";
            case 413 -> "提交的内容或文件过大，请压缩或删减后重试";
            case 429 -> "访问过于频繁，请" + (retryAfter == null ? "稍后" : "在 " + escape(retryAfter) + " 秒后") + "再试";
            default -> status >= 500 ? "服务暂时不可用，请稍后再试" : "返回上一页后重试";
        };
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

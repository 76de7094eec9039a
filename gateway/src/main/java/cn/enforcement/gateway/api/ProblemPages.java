package cn.enforcement.gateway.api;

import cn.enforcement.problem.Problem;
import cn.enforcement.problem.ProblemDocumentation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pages the {@code type} URI of every problem names ({@code /problems/act-time-in-future}): what the
 * code means, in Chinese and English, with its HTTP status; and an index of all codes at {@code /problems}.
 * Public, without a token. Built from the problem types of the services' OpenAPI documents, read again after
 * {@link #FRESH_FOR} or while a service did not answer.
 */
@ApplicationScoped
public class ProblemPages {

    static final Duration FRESH_FOR = Duration.ofMinutes(5);

    private final OpenApiAggregator openApi;
    private volatile Catalogue catalogue = new Catalogue(Map.of(), Instant.MIN, false);

    ProblemPages(OpenApiAggregator openApi) {
        this.openApi = openApi;
    }

    public void index(RoutingContext ctx) {
        types().onSuccess(types -> {
            StringBuilder rows = new StringBuilder();
            types.forEach((code, type) -> rows.append("<tr><td><a href=\"/problems/").append(Problem.slugOf(code)).append("\"><code>")
                    .append(code).append("</code></a></td><td>").append(type.path("status").asInt()).append("</td><td>")
                    .append(escape(type.path("titleZh").asText())).append("</td><td>").append(escape(type.path("title").asText()))
                    .append("</td></tr>\n"));
            html(ctx, 200, "问题类型 · Problem types", "<h1>问题类型 · Problem types</h1>\n<p>平台以 RFC 9457 problem+json 答复被拒绝的请求，"
                    + "<code>code</code> 稳定不变。The platform answers a refused request with an RFC 9457 problem whose <code>code</code>"
                    + " is stable.</p>\n<table>\n<tr><th>code</th><th>status</th><th>标题</th><th>title</th></tr>\n" + rows + "</table>");
        });
    }

    public void page(RoutingContext ctx) {
        String slug = ctx.pathParam("slug");
        types().onSuccess(types -> {
            Map.Entry<String, JsonNode> found = types.entrySet().stream()
                    .filter(type -> Problem.slugOf(type.getKey()).equals(Problem.slugOf(slug))).findFirst().orElse(null);
            if (found == null) {
                html(ctx, 404, "未知问题类型 · Unknown problem type", "<h1>未知问题类型 · Unknown problem type</h1>\n"
                        + "<p><a href=\"/problems\">所有问题类型 · all problem types</a></p>");
                return;
            }
            JsonNode type = found.getValue();
            if (ctx.request().getHeader("Accept") != null && ctx.request().getHeader("Accept").contains("application/json")) {
                ObjectNode described = ((ObjectNode) type.deepCopy()).put("code", found.getKey());
                ctx.response().putHeader("Content-Type", "application/json").end(described.toString());
                return;
            }
            html(ctx, 200, found.getKey() + " · " + type.path("titleZh").asText(), "<h1><code>" + found.getKey() + "</code></h1>\n"
                    + "<p>HTTP " + type.path("status").asInt() + "</p>\n"
                    + "<section lang=\"zh-CN\"><h2>" + escape(type.path("titleZh").asText()) + "</h2><p>"
                    + escape(type.path("meaningZh").asText()) + "</p></section>\n"
                    + "<section lang=\"en\"><h2>" + escape(type.path("title").asText()) + "</h2><p>"
                    + escape(type.path("meaning").asText()) + "</p></section>\n"
                    + "<p><a href=\"/problems\">所有问题类型 · all problem types</a></p>");
        });
    }

    /** What a code means in Chinese, as the catalogue words it; null when the catalogue does not know it. */
    Future<BrowserErrorPage.Text> textOf(String code) {
        return types().map(types -> types.get(code)).map(type -> type == null ? null
                : new BrowserErrorPage.Text(type.path("titleZh").asText(), type.path("meaningZh").asText()));
    }

    private Future<Map<String, JsonNode>> types() {
        Catalogue known = catalogue;
        if (known.complete() && known.readAt().plus(FRESH_FOR).isAfter(Instant.now())) {
            return Future.succeededFuture(known.types());
        }
        return openApi.document().map(document -> {
            Map<String, JsonNode> types = new TreeMap<>();
            document.path(ProblemDocumentation.TYPES).fields().forEachRemaining(type -> types.put(type.getKey(), type.getValue()));
            catalogue = new Catalogue(types, Instant.now(), !document.path("info").has(OpenApiAggregator.MISSING));
            return types;
        });
    }

    private static void html(RoutingContext ctx, int status, String title, String body) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .putHeader("Cache-Control", "public, max-age=300")
                .end("<!doctype html>\n<html lang=\"zh-CN\">\n<head><meta charset=\"utf-8\"><title>" + escape(title) + "</title>"
                        + "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em}"
                        + "td,th{text-align:left;padding:.2em .6em;border-bottom:1px solid #ddd}</style></head>\n<body>\n"
                        + body + "\n</body>\n</html>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private record Catalogue(Map<String, JsonNode> types, Instant readAt, boolean complete) {
    }
}

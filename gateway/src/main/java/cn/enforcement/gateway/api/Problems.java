package cn.enforcement.gateway.api;

import cn.enforcement.problem.Problem;
import cn.enforcement.problem.ProblemType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/** RFC 9457 problems written by the gateway itself, in the same form the services use. */
final class Problems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    static void send(RoutingContext ctx, ProblemType type, String detail) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten()) {
            ctx.request().connection().close();
            return;
        }
        if (BrowserErrorPage.wanted(ctx.request())) {
            BrowserErrorPage.send(response, type.status(), type.code(), new BrowserErrorPage.Text(type.text().titleZh(), type.text().meaningZh()),
                    response.headers().get("Retry-After"));
            return;
        }
        Problem problem = Problem.of(type, detail, ctx.request().path(), null, null);
        try {
            response.setStatusCode(type.status()).putHeader("Content-Type", Problem.MEDIA_TYPE).end(JSON.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem is always writable", e);
        }
    }
}

package cn.enforcement.gateway.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/** RFC 9457 problems written by the gateway itself, in the same form the services use. */
final class Problems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    static void send(RoutingContext ctx, int status, String code, String title, String detail) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten()) {
            ctx.request().connection().close();
            return;
        }
        ObjectNode problem = JSON.createObjectNode()
                .put("type", "https://enforcement.example.cn/problems/" + code.toLowerCase().replace('_', '-'))
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", ctx.request().path())
                .put("code", code);
        response.setStatusCode(status).putHeader("Content-Type", "application/problem+json").end(problem.toString());
    }
}

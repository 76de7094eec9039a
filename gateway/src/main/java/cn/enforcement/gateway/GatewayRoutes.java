package cn.enforcement.gateway;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Mounts the proxy on the API and public prefixes, and the aggregated OpenAPI document. */
@ApplicationScoped
public class GatewayRoutes {

    void mount(@Observes Router router, ProxyHandler proxy, OpenApiAggregator openApi) {
        router.route("/api/*").handler(proxy::handle);
        router.route("/public/*").handler(proxy::handle);
        router.get("/openapi").handler(openApi::handle);
    }
}

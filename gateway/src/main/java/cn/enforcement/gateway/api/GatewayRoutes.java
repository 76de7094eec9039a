package cn.enforcement.gateway.api;

import cn.enforcement.problem.PlatformProblem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Mounts the proxy on the API and public prefixes, the aggregated OpenAPI document and the problem pages. */
@ApplicationScoped
public class GatewayRoutes {

    private static final Logger LOG = Logger.getLogger(GatewayRoutes.class);

    void mount(@Observes Router router, ProxyHandler proxy, OpenApiAggregator openApi, ProblemPages problems) {
        router.route("/api/*").handler(proxy::handle).failureHandler(GatewayRoutes::failed);
        router.route("/public/*").handler(proxy::handle).failureHandler(GatewayRoutes::failed);
        router.get("/openapi").handler(openApi::handle);
        router.get("/problems").handler(problems::index);
        router.get("/problems/:slug").handler(problems::page);
    }

    /** Failures raised before the proxy answers, e.g. a token rejected while authenticating. */
    private static void failed(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException
                || ctx.statusCode() == 401) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
            Problems.send(ctx, PlatformProblem.UNAUTHENTICATED, "the bearer token is invalid or expired");
            return;
        }
        LOG.errorf(failure, "gateway failure on %s", ctx.request().path());
        Problems.send(ctx, PlatformProblem.INTERNAL_ERROR, "the gateway failed unexpectedly");
    }
}

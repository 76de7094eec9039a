package cn.enforcement.gateway.api;

import cn.enforcement.gateway.domain.ClientAddress;
import cn.enforcement.gateway.domain.GatewayConfig;
import cn.enforcement.gateway.domain.RateLimiter;
import cn.enforcement.gateway.domain.RequestPath;
import cn.enforcement.gateway.domain.Route;
import cn.enforcement.gateway.domain.RouteTable;
import cn.enforcement.gateway.domain.Upstream;
import cn.enforcement.problem.PlatformProblem;
import cn.enforcement.problem.Problem;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.circuitbreaker.OpenCircuitException;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.net.URI;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Forwards one request to the service that owns its path: normalises the path, authenticates, checks
 * the route's roles, takes a rate-limit token, checks the size, then streams the body both ways without
 * buffering it. A client's own oversize or stalled body is answered 413 or 408 and never counts against
 * the service's circuit breaker. Every refusal is a problem+json; every request leaves one access-log line.
 */
@ApplicationScoped
public class ProxyHandler {

    private static final Logger ACCESS = Logger.getLogger("gateway.access");
    private static final Logger LOG = Logger.getLogger(ProxyHandler.class);
    private static final ObjectMapper PROBLEM_READER = new ObjectMapper();
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length");
    /** Headers the gateway sets on every answer; a service's own value replaces the gateway's. */
    private static final Set<String> GATEWAY_DEFAULTS = Set.of("x-content-type-options", "cache-control");

    /** Where the request's span (when tracing is on) is kept for the forwarded request's traceparent. */
    private static final String GATEWAY_SPAN = "gatewaySpan";

    private final RouteTable routes;
    private final RateLimiter rateLimiter;
    private final VerifiedTokens verifiedTokens;
    private final Vertx vertx;
    private final HttpClient client;
    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
    private final long bodyIdleTimeoutMillis;
    private final List<String> trustedProxies;
    private final ProblemPages problemPages;

    /** What the upstream exchange came to: the service's response, or a fault of the client's own. */
    private record Outcome(HttpClientResponse response, RuntimeException clientFault) {
    }

    /** The client's body on its way, and a fault of the client's if it showed one. */
    private static final class Exchange {
        RequestBody body;
        RuntimeException clientFault;
    }

    ProxyHandler(RouteTable routes, RateLimiter rateLimiter, VerifiedTokens verifiedTokens, Vertx vertx, GatewayConfig config,
            ProblemPages problemPages) {
        this.problemPages = problemPages;
        this.routes = routes;
        this.rateLimiter = rateLimiter;
        this.verifiedTokens = verifiedTokens;
        this.vertx = vertx;
        this.bodyIdleTimeoutMillis = config.bodyIdleTimeout().toMillis();
        this.trustedProxies = config.trustedProxies().orElse(List.of());
        this.client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(200).setKeepAlive(true)
                .setConnectTimeout(2000).setDecompressionSupported(false));
    }

    public void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        request.pause();
        long started = System.nanoTime();
        String requestId = Optional.ofNullable(request.getHeader("X-Request-Id")).filter(id -> id.length() <= 200)
                .orElseGet(() -> UUID.randomUUID().toString());
        ctx.put("requestId", requestId);
        ctx.put(GATEWAY_SPAN, Span.current().getSpanContext());
        ctx.response().putHeader("X-Request-Id", requestId);
        String client = ClientAddress.of(request.remoteAddress().hostAddress(), request.getHeader("X-Forwarded-For"), trustedProxies);
        ctx.put("clientAddress", client);
        Optional<String> path = RequestPath.normalise(request.path());
        if (path.isEmpty()) {
            ctx.addEndHandler(done -> ACCESS.infof("request_id=%s client_address=%s route=- method=%s path=refused status=%d",
                    requestId, client, request.method(), ctx.response().getStatusCode()));
            Problems.send(ctx, GatewayProblem.PATH_NOT_ALLOWED,
                    "the path contains an encoded slash, backslash, NUL or control character");
            return;
        }
        ctx.put("path", path.get());
        ctx.response().putHeader("X-Content-Type-Options", "nosniff");
        if (path.get().startsWith("/api/")) {
            // answers behind a token carry personal data: no shared or browser cache keeps them
            ctx.response().putHeader("Cache-Control", "no-store");
        }
        Optional<Route> match = routes.routeOf(path.get());
        ctx.addEndHandler(done -> ACCESS.infof("request_id=%s subject=%s client=%s route=%s method=%s path=%s status=%d latency_ms=%d",
                requestId, ctx.get("subject", "-"), ctx.get("client", "-"), match.map(Route::name).orElse("-"),
                request.method(), path.get(), ctx.response().getStatusCode(), (System.nanoTime() - started) / 1_000_000));
        if (match.isEmpty()) {
            Problems.send(ctx, GatewayProblem.NO_ROUTE, "no service answers " + path.get());
            return;
        }
        Route route = match.get();
        if (route.isPublic()) {
            whenDecided(ctx, route, rateLimiter.acquireForAddress(client, route.name(),
                    request.method() != HttpMethod.GET && request.method() != HttpMethod.HEAD));
            return;
        }
        String authorization = request.getHeader("Authorization");
        Optional<VerifiedTokens.Caller> known = verifiedTokens.callerOf(authorization);
        if (known.isPresent()) {
            authorised(ctx, route, known.get());
            return;
        }
        Uni<SecurityIdentity> identity = ctx.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        if (identity == null) {
            Problems.send(ctx, PlatformProblem.UNAUTHENTICATED, "a valid bearer token is required");
            return;
        }
        identity.subscribe().with(caller -> vertx.runOnContext(v -> {
            if (caller.isAnonymous()) {
                ctx.response().putHeader("WWW-Authenticate", "Bearer");
                Problems.send(ctx, PlatformProblem.UNAUTHENTICATED, "a valid bearer token is required");
            } else {
                authorised(ctx, route, verifiedTokens.remember(authorization, caller));
            }
        }), failure -> vertx.runOnContext(v -> Problems.send(ctx, PlatformProblem.UNAUTHENTICATED,
                failure instanceof AuthenticationFailedException
                        ? "the bearer token is invalid or expired" : "the token could not be verified")));
    }

    private void authorised(RoutingContext ctx, Route route, VerifiedTokens.Caller caller) {
        ctx.put("subject", caller.subject());
        ctx.put("client", caller.clientId());
        if (!route.admits(caller.roles())) {
            Problems.send(ctx, PlatformProblem.FORBIDDEN, "your roles do not allow " + ctx.<String>get("path"));
            return;
        }
        whenDecided(ctx, route, rateLimiter.acquireForClient(caller.clientId(), caller.subject()));
    }

    /** Goes on once the rate limit decided, back on the request's own event loop if the shared store answered. */
    private void whenDecided(RoutingContext ctx, Route route, CompletionStage<OptionalLong> decision) {
        CompletableFuture<OptionalLong> retryAfter = decision.toCompletableFuture();
        if (retryAfter.isDone()) {
            admitted(ctx, route, retryAfter.join());
            return;
        }
        Context context = Vertx.currentContext();
        retryAfter.whenComplete((wait, never) -> context.runOnContext(v -> admitted(ctx, route, wait)));
    }

    private void admitted(RoutingContext ctx, Route route, OptionalLong retryAfterSeconds) {
        if (retryAfterSeconds.isPresent()) {
            ctx.response().putHeader("Retry-After", Long.toString(retryAfterSeconds.getAsLong()));
            Problems.send(ctx, GatewayProblem.RATE_LIMITED, "slow down: try again in " + retryAfterSeconds.getAsLong() + " s");
            return;
        }
        String declaredLength = ctx.request().getHeader("Content-Length");
        if (declaredLength != null && parseLength(declaredLength) > route.maxBodyBytes()) {
            Problems.send(ctx, PlatformProblem.PAYLOAD_TOO_LARGE, "this route accepts at most " + route.maxBodyBytes() + " bytes");
            return;
        }
        Exchange exchange = new Exchange();
        breakerOf(route).<Outcome>execute(attempt -> forward(ctx, route, exchange).onComplete(result -> {
            if (result.succeeded()) {
                attempt.complete(new Outcome(result.result(), null));
            } else if (exchange.clientFault != null) {
                attempt.complete(new Outcome(null, exchange.clientFault));
            } else if (exchange.body != null && !exchange.body.ended()) {
                // the service waited for a body the client was still (slowly) sending
                attempt.complete(new Outcome(null, new RequestBody.StalledException()));
            } else {
                attempt.fail(result.cause());
            }
        })).onSuccess(outcome -> {
            if (outcome.clientFault() != null) {
                clientFailed(ctx, route, outcome.clientFault());
            } else {
                relayResponse(ctx, route, outcome.response());
            }
        }).onFailure(failure -> upstreamFailed(ctx, route, failure));
    }

    /** Forwards to the next instance in turn (another at once if it refuses the connection). */
    private Future<HttpClientResponse> forward(RoutingContext ctx, Route route, Exchange exchange) {
        return UpstreamReadiness.inTurn(route.upstream(), instance -> forwardTo(ctx, route, exchange, instance));
    }

    private Future<HttpClientResponse> forwardTo(RoutingContext ctx, Route route, Exchange exchange, Upstream.Instance instance) {
        HttpServerRequest in = ctx.request();
        String uri = ctx.<String>get("path") + (in.query() == null ? "" : "?" + in.query());
        ctx.put("upstream", instance);
        RequestOptions options = new RequestOptions().setMethod(in.method()).setHost(instance.uri().getHost())
                .setPort(instance.uri().getPort()).setURI(uri).setIdleTimeout(route.timeout().toMillis());
        // The response is paused as soon as its head arrives: the circuit breaker hands it on a later tick.
        return client.request(options).compose(out -> send(ctx, route, out, exchange)).map(response -> {
            response.pause();
            return response;
        });
    }

    private Future<HttpClientResponse> send(RoutingContext ctx, Route route, HttpClientRequest out, Exchange exchange) {
        HttpServerRequest in = ctx.request();
        copyRequestHeaders(ctx, out);
        String declaredLength = in.getHeader("Content-Length");
        boolean hasBody = declaredLength != null && parseLength(declaredLength) > 0 || in.getHeader("Transfer-Encoding") != null;
        if (!hasBody) {
            return out.send();
        }
        if (declaredLength != null) {
            out.putHeader("Content-Length", declaredLength);
        }
        exchange.body = new RequestBody(in, route.maxBodyBytes(), vertx, bodyIdleTimeoutMillis, fault -> {
            exchange.clientFault = fault;
            out.reset(0, fault);
        });
        return out.send(exchange.body);
    }

    private void copyRequestHeaders(RoutingContext ctx, HttpClientRequest out) {
        HttpServerRequest in = ctx.request();
        MultiMap headers = out.headers();
        in.headers().forEach(header -> {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase())) {
                headers.add(header.getKey(), header.getValue());
            }
        });
        headers.set("X-Request-Id", (String) ctx.get("requestId"));
        headers.set("X-Forwarded-For", (String) ctx.get("clientAddress"));
        headers.set("X-Forwarded-Proto", in.scheme());
        headers.set("X-Forwarded-Host", in.authority() == null ? "" : in.authority().toString());
        SpanContext gatewaySpan = ctx.get(GATEWAY_SPAN);
        if (gatewaySpan != null && gatewaySpan.isValid()) {
            // tracing on: the service's span is a child of the gateway's
            headers.set("traceparent", "00-" + gatewaySpan.getTraceId() + "-" + gatewaySpan.getSpanId() + "-"
                    + gatewaySpan.getTraceFlags().asHex());
        } else if (in.getHeader("traceparent") == null) {
            headers.set("traceparent", newTraceparent());
        }
    }

    private void relayResponse(RoutingContext ctx, Route route, HttpClientResponse upstream) {
        String contentType = upstream.getHeader("Content-Type");
        if (contentType != null && contentType.startsWith(Problem.MEDIA_TYPE) && BrowserErrorPage.wanted(ctx.request())) {
            relayAsPage(ctx, upstream);
            return;
        }
        var response = ctx.response().setStatusCode(upstream.statusCode());
        upstream.headers().forEach(header -> {
            String name = header.getKey().toLowerCase();
            if (GATEWAY_DEFAULTS.contains(name)) {
                response.headers().set(header.getKey(), header.getValue());
            } else if (!HOP_BY_HOP.contains(name)) {
                response.headers().add(header.getKey(), header.getValue());
            }
        });
        String location = upstream.getHeader("Location");
        URI instance = ctx.<Upstream.Instance>get("upstream").uri();
        String upstreamOrigin = instance.getScheme() + "://" + instance.getAuthority();
        if (location != null && location.startsWith(upstreamOrigin)) {
            HttpServerRequest in = ctx.request();
            response.headers().set("Location", in.scheme() + "://" + in.authority() + location.substring(upstreamOrigin.length()));
        }
        String length = upstream.getHeader("Content-Length");
        if (length != null) {
            response.putHeader("Content-Length", length);
        } else {
            response.setChunked(true);
        }
        stream(upstream, response);
    }

    /** A service's refusal of a browser's page request, as a page in Chinese (problems are small: read whole). */
    private void relayAsPage(RoutingContext ctx, HttpClientResponse upstream) {
        upstream.body().onComplete(read -> {
            String code = "BAD_REQUEST";
            if (read.succeeded()) {
                try {
                    code = PROBLEM_READER.readTree(read.result().getBytes()).path("code").asText(code);
                } catch (java.io.IOException unreadable) {
                    LOG.debugf("a problem answer was not JSON: %s", unreadable.getMessage());
                }
            }
            String problemCode = code;
            problemPages.textOf(problemCode).onComplete(text -> {
                if (!ctx.response().ended()) {
                    BrowserErrorPage.send(ctx.response(), upstream.statusCode(), problemCode, text.succeeded() ? text.result() : null,
                            upstream.getHeader("Retry-After"));
                }
            });
        });
        upstream.resume();
    }

    /**
     * The service's answer to the client as it comes, paused while the client reads slowly. A client that
     * leaves mid-answer stops the service's answer too: nothing is written to a closed connection (a
     * plain pipe would, and fail on every chunk still arriving).
     */
    private static void stream(HttpClientResponse upstream, HttpServerResponse response) {
        response.closeHandler(closed -> upstream.request().reset());
        upstream.handler(chunk -> {
            if (response.closed()) {
                return;
            }
            response.write(chunk);
            if (response.writeQueueFull()) {
                upstream.pause();
                response.drainHandler(drained -> upstream.resume());
            }
        });
        upstream.exceptionHandler(failed -> {
            if (!response.closed()) {
                response.reset();
            }
        });
        upstream.endHandler(ended -> {
            if (!response.closed()) {
                response.end();
            }
        });
        upstream.resume();
    }

    /** The client's own body failed: answered, and the connection closed since the rest of the body is not read. */
    private void clientFailed(RoutingContext ctx, Route route, RuntimeException fault) {
        ctx.response().putHeader("Connection", "close");
        ctx.addEndHandler(done -> ctx.request().connection().close());
        if (fault instanceof RequestBody.TooLargeException) {
            Problems.send(ctx, PlatformProblem.PAYLOAD_TOO_LARGE, "this route accepts at most " + route.maxBodyBytes() + " bytes");
        } else {
            Problems.send(ctx, GatewayProblem.REQUEST_BODY_TIMEOUT,
                    "the request body stopped arriving; send it whole within " + bodyIdleTimeoutMillis / 1000.0 + " s between chunks");
        }
    }

    private void upstreamFailed(RoutingContext ctx, Route route, Throwable failure) {
        if (failure instanceof OpenCircuitException) {
            ctx.response().putHeader("Retry-After", "10");
            Problems.send(ctx, GatewayProblem.SERVICE_UNAVAILABLE,
                    route.name() + " is failing; requests are held off for a few seconds");
        } else if (failure instanceof TimeoutException || failure.getClass().getSimpleName().contains("Timeout")) {
            // Vert.x reports an idle timeout as its internal NoStackTraceTimeoutException
            Problems.send(ctx, GatewayProblem.UPSTREAM_TIMEOUT,
                    route.name() + " did not answer within " + route.timeout().toSeconds() + " s");
        } else if (failure instanceof ConnectException) {
            Problems.send(ctx, GatewayProblem.SERVICE_UNAVAILABLE, route.name() + " cannot be reached");
        } else {
            Logger.getLogger(ProxyHandler.class).warnf("request %s to %s failed: %s", ctx.get("requestId"), route.name(), failure.toString());
            Problems.send(ctx, GatewayProblem.BAD_GATEWAY, route.name() + " failed to answer");
        }
    }

    /** Opens after five failures to connect or answer in a row; lets a trial request through after ten seconds. */
    private CircuitBreaker breakerOf(Route route) {
        return breakers.computeIfAbsent(route.name(), name -> CircuitBreaker.create(name, vertx,
                new CircuitBreakerOptions().setMaxFailures(5).setTimeout(-1).setResetTimeout(10_000)));
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static String newTraceparent() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        HexFormat hex = HexFormat.of();
        return "00-" + hex.toHexDigits(random.nextLong()) + hex.toHexDigits(random.nextLong()) + "-"
                + hex.toHexDigits(random.nextLong()) + "-01";
    }
}

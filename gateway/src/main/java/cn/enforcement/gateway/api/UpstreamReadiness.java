package cn.enforcement.gateway.api;

import cn.enforcement.gateway.domain.GatewayConfig;
import cn.enforcement.gateway.domain.RouteTable;
import cn.enforcement.gateway.domain.Upstream;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.ConnectException;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Asks every service instance behind the routes whether it is ready, every {@code gateway.upstream-ready-check}, and
 * takes it out of turn while it is not (starting, stopping, lost its database) or cannot be reached; back in turn as
 * soon as it answers ready.
 */
@ApplicationScoped
public class UpstreamReadiness {

    private static final Logger LOG = Logger.getLogger(UpstreamReadiness.class);

    private final RouteTable routes;
    private final Vertx vertx;
    private final long everyMillis;
    private final HttpClient client;
    private long timer = -1;

    UpstreamReadiness(RouteTable routes, Vertx vertx, GatewayConfig config) {
        this.routes = routes;
        this.vertx = vertx;
        this.everyMillis = config.upstreamReadyCheck().toMillis();
        this.client = vertx.createHttpClient();
    }

    void start(@Observes StartupEvent started) {
        probeAll();
        timer = vertx.setPeriodic(everyMillis, tick -> probeAll());
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    private void probeAll() {
        for (Upstream upstream : routes.upstreams()) {
            upstream.instances().forEach(this::probe);
        }
    }

    private void probe(Upstream.Instance instance) {
        client.request(new RequestOptions().setMethod(HttpMethod.GET).setHost(instance.uri().getHost())
                        .setPort(instance.uri().getPort()).setURI("/q/health/ready").setTimeout(Math.min(everyMillis, 2000)))
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> response))
                .onComplete(answer -> {
                    boolean ready = answer.succeeded() && answer.result().statusCode() == 200;
                    record(instance, ready, answer.succeeded() ? "answered " + answer.result().statusCode()
                            : answer.cause().getClass().getSimpleName());
                });
    }

    /**
     * Calls the next instance in turn; one that refuses the connection has received nothing, so it is taken out of
     * turn and another is called at once.
     */
    static <T> Future<T> inTurn(Upstream upstream, Function<Upstream.Instance, Future<T>> call) {
        Upstream.Instance first = upstream.pick();
        return call.apply(first).recover(failure -> {
            if (!(failure instanceof ConnectException) || !upstream.hasAlternatives()) {
                return Future.failedFuture(failure);
            }
            record(first, false, "refused a connection");
            return call.apply(upstream.pickOtherThan(first));
        });
    }

    /** Takes an instance out of turn (or back in), saying so once per change. */
    static void record(Upstream.Instance instance, boolean ready, String why) {
        if (instance.markReady(ready)) {
            if (ready) {
                LOG.infof("instance %s is ready: back in turn", instance);
            } else {
                LOG.warnf("instance %s is not ready (%s): out of turn", instance, why);
            }
        }
    }
}

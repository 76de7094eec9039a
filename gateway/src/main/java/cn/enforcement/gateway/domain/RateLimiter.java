package cn.enforcement.gateway.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/**
 * Token buckets per caller: per client and subject for token holders, per address on public routes. The buckets are
 * shared by every gateway replica through {@link SharedBuckets} (Redis). While that store cannot be reached the
 * limiter fails open to buckets of its own, so each replica still enforces the limit by itself (at worst the limit
 * times the replicas) and enforcement work goes on; {@code gateway_rate_limit_local_total} counts those decisions.
 * Local buckets idle for ten minutes are forgotten, and their number is bounded, so a flood of new callers cannot
 * exhaust memory.
 */
@ApplicationScoped
public class RateLimiter {

    private final Limit authenticated;
    private final Limit anonymous;
    private final Map<String, Limit> clients;
    private final Map<String, Limit> routes;
    private final SharedBuckets shared;
    private final Counter decidedLocally;
    private final Cache<String, Bucket> localBuckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10)).maximumSize(200_000).build();

    /** A bucket's shape: burst size and refill. */
    private record Limit(Bandwidth bandwidth, BucketConfiguration configuration) {

        static Limit of(long capacity, long refillTokens, Duration refillPeriod) {
            Bandwidth bandwidth = Bandwidth.builder().capacity(capacity).refillGreedy(refillTokens, refillPeriod).build();
            return new Limit(bandwidth, BucketConfiguration.builder().addLimit(bandwidth).build());
        }

        static Limit of(GatewayConfig.Bucket bucket) {
            return of(bucket.capacity(), bucket.refillPerSecond(), Duration.ofSeconds(1));
        }
    }

    @Inject
    RateLimiter(GatewayConfig config, SharedBuckets shared, MeterRegistry registry) {
        this(config.rateLimit().authenticated(), config.rateLimit().anonymous(), config.rateLimit().clients(),
                config.rateLimit().routes(), shared, registry);
    }

    RateLimiter(GatewayConfig.Bucket authenticated, GatewayConfig.Bucket anonymous, Map<String, GatewayConfig.Bucket> clients,
            Map<String, GatewayConfig.SlowBucket> routes, SharedBuckets shared, MeterRegistry registry) {
        this.authenticated = Limit.of(authenticated);
        this.anonymous = Limit.of(anonymous);
        this.clients = clients.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> Limit.of(e.getValue())));
        this.routes = routes.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> Limit.of(e.getValue().capacity(), 1, e.getValue().refillEvery())));
        this.shared = shared;
        this.decidedLocally = Counter.builder("gateway.rate.limit.local")
                .description("Rate limit decisions taken by this replica alone because the shared store was unreachable")
                .register(registry);
    }

    /** Without a shared store: every bucket is this replica's own (unit tests). */
    RateLimiter(GatewayConfig.Bucket authenticated, GatewayConfig.Bucket anonymous, Map<String, GatewayConfig.Bucket> clients,
            Map<String, GatewayConfig.SlowBucket> routes) {
        this(authenticated, anonymous, clients, routes, SharedBuckets.NONE, new SimpleMeterRegistry());
    }

    /** Takes a token for a caller with a token; empty when allowed, else the seconds to wait. */
    public CompletionStage<OptionalLong> acquireForClient(String clientId, String subject) {
        return acquire("client:" + clientId + ":" + subject, clients.getOrDefault(clientId, authenticated));
    }

    /**
     * Takes a token for an anonymous caller of a public route, and when the request submits something, one of the
     * route's own stricter limit if it has one.
     */
    public CompletionStage<OptionalLong> acquireForAddress(String address, String route, boolean submits) {
        CompletionStage<OptionalLong> wait = acquire("address:" + address, anonymous);
        Limit own = routes.get(route);
        if (own == null || !submits) {
            return wait;
        }
        return wait.thenCompose(refused -> refused.isPresent() ? CompletableFuture.completedFuture(refused)
                : acquire("route:" + route + ":" + address, own));
    }

    private CompletionStage<OptionalLong> acquire(String key, Limit limit) {
        Optional<CompletableFuture<ConsumptionProbe>> sharedProbe = shared.tryConsume(key, limit.configuration());
        if (sharedProbe.isEmpty()) {
            return CompletableFuture.completedFuture(locally(key, limit));
        }
        return sharedProbe.get().handle((probe, failure) -> failure == null ? waitOf(probe) : locally(key, limit));
    }

    private OptionalLong locally(String key, Limit limit) {
        decidedLocally.increment();
        return waitOf(localBuckets.get(key, k -> Bucket.builder().addLimit(limit.bandwidth()).build())
                .tryConsumeAndReturnRemaining(1));
    }

    private static OptionalLong waitOf(ConsumptionProbe probe) {
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999) / 1_000_000_000));
    }
}

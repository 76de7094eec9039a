package cn.enforcement.gateway.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Token buckets per caller: per client and subject for token holders, per address on public routes.
 * Buckets idle for ten minutes are forgotten, and their number is bounded, so a flood of new callers
 * cannot exhaust memory. Limits hold per gateway replica.
 */
@ApplicationScoped
public class RateLimiter {

    private final GatewayConfig.Bucket authenticated;
    private final GatewayConfig.Bucket anonymous;
    private final Map<String, GatewayConfig.Bucket> clients;
    private final Map<String, GatewayConfig.SlowBucket> routes;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10)).maximumSize(200_000).build();

    @Inject
    RateLimiter(GatewayConfig config) {
        this(config.rateLimit().authenticated(), config.rateLimit().anonymous(), config.rateLimit().clients(),
                config.rateLimit().routes());
    }

    RateLimiter(GatewayConfig.Bucket authenticated, GatewayConfig.Bucket anonymous, Map<String, GatewayConfig.Bucket> clients,
            Map<String, GatewayConfig.SlowBucket> routes) {
        this.authenticated = authenticated;
        this.anonymous = anonymous;
        this.clients = clients;
        this.routes = routes;
    }

    /** Takes a token for a caller with a token; empty when allowed, else the seconds to wait. */
    public OptionalLong acquireForClient(String clientId, String subject) {
        GatewayConfig.Bucket limit = clients.getOrDefault(clientId, authenticated);
        return acquire("client:" + clientId + ":" + subject, limit.capacity(), limit.refillPerSecond(), Duration.ofSeconds(1));
    }

    /**
     * Takes a token for an anonymous caller of a public route, and when the request submits something, one of the
     * route's own stricter limit if it has one.
     */
    public OptionalLong acquireForAddress(String address, String route, boolean submits) {
        OptionalLong wait = acquire("address:" + address, anonymous.capacity(), anonymous.refillPerSecond(), Duration.ofSeconds(1));
        GatewayConfig.SlowBucket own = routes.get(route);
        if (wait.isPresent() || own == null || !submits) {
            return wait;
        }
        return acquire("route:" + route + ":" + address, own.capacity(), 1, own.refillEvery());
    }

    private OptionalLong acquire(String key, long capacity, long refillTokens, Duration refillPeriod) {
        Bucket bucket = buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(refillTokens, refillPeriod).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999) / 1_000_000_000));
    }
}

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
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10)).maximumSize(200_000).build();

    @Inject
    RateLimiter(GatewayConfig config) {
        this(config.rateLimit().authenticated(), config.rateLimit().anonymous(), config.rateLimit().clients());
    }

    RateLimiter(GatewayConfig.Bucket authenticated, GatewayConfig.Bucket anonymous, Map<String, GatewayConfig.Bucket> clients) {
        this.authenticated = authenticated;
        this.anonymous = anonymous;
        this.clients = clients;
    }

    /** Takes a token for a caller with a token; empty when allowed, else the seconds to wait. */
    public OptionalLong acquireForClient(String clientId, String subject) {
        GatewayConfig.Bucket limit = clients.getOrDefault(clientId, authenticated);
        return acquire("client:" + clientId + ":" + subject, limit);
    }

    /** Takes a token for an anonymous caller of a public route. */
    public OptionalLong acquireForAddress(String address) {
        return acquire("address:" + address, anonymous);
    }

    private OptionalLong acquire(String key, GatewayConfig.Bucket limit) {
        Bucket bucket = buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.capacity())
                        .refillGreedy(limit.refillPerSecond(), Duration.ofSeconds(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999) / 1_000_000_000));
    }
}

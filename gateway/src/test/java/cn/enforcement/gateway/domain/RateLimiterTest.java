package cn.enforcement.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletionStage;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    static GatewayConfig.Bucket bucket(long capacity, long refill) {
        return new GatewayConfig.Bucket() {
            @Override
            public long capacity() {
                return capacity;
            }

            @Override
            public long refillPerSecond() {
                return refill;
            }
        };
    }

    static GatewayConfig.SlowBucket slow(long capacity, Duration every) {
        return new GatewayConfig.SlowBucket() {
            @Override
            public long capacity() {
                return capacity;
            }

            @Override
            public Duration refillEvery() {
                return every;
            }
        };
    }

    private final RateLimiter limiter = new RateLimiter(bucket(5, 1), bucket(2, 1), Map.of("partner", bucket(3, 1)), Map.of());

    static OptionalLong now(CompletionStage<OptionalLong> decision) {
        return decision.toCompletableFuture().join();
    }

    private long allowed(java.util.function.Supplier<OptionalLong> attempt, int tries) {
        return IntStream.range(0, tries).filter(i -> attempt.get().isEmpty()).count();
    }

    @Test
    void aCallerGetsItsBurstAndThenWaits() {
        assertThat(allowed(() -> now(limiter.acquireForClient("app", "alice")), 8)).isEqualTo(5);
        OptionalLong retryAfter = now(limiter.acquireForClient("app", "alice"));
        assertThat(retryAfter).isPresent();
        assertThat(retryAfter.getAsLong()).isBetween(1L, 2L);
    }

    @Test
    void callersDoNotShareABucket() {
        allowed(() -> now(limiter.acquireForClient("app", "alice")), 10);
        assertThat(now(limiter.acquireForClient("app", "bob"))).isEmpty();
    }

    @Test
    void aPartnerClientHasItsOwnLimit() {
        assertThat(allowed(() -> now(limiter.acquireForClient("partner", "service-account")), 10)).isEqualTo(3);
    }

    @Test
    void anonymousCallersAreLimitedPerAddress() {
        assertThat(allowed(() -> now(limiter.acquireForAddress("10.0.0.1", "public-disclosure", false)), 10)).isEqualTo(2);
        assertThat(now(limiter.acquireForAddress("10.0.0.2", "public-disclosure", false))).isEmpty();
    }

    @Test
    void aPublicRouteWithItsOwnLimitAdmitsFewSubmissionsPerAddressAndSaysHowLongToWait() {
        RateLimiter limiter = new RateLimiter(bucket(5, 1), bucket(10, 1), Map.of(), Map.of("public-complaints", slow(1, Duration.ofMinutes(12))));
        assertThat(now(limiter.acquireForAddress("10.0.0.3", "public-complaints", true))).isEmpty();
        OptionalLong retryAfter = now(limiter.acquireForAddress("10.0.0.3", "public-complaints", true));
        assertThat(retryAfter).isPresent();
        assertThat(retryAfter.getAsLong()).isBetween(700L, 720L);
        assertThat(now(limiter.acquireForAddress("10.0.0.3", "public-complaints", false))).as("following a complaint").isEmpty();
        assertThat(now(limiter.acquireForAddress("10.0.0.4", "public-complaints", true))).isEmpty();
    }
}

package cn.enforcement.gateway.domain;

import cn.enforcement.gateway.infrastructure.RedisSharedBuckets;
import static cn.enforcement.gateway.domain.RateLimiterTest.bucket;
import cn.enforcement.gateway.infrastructure.RedisSharedBuckets;
import static cn.enforcement.gateway.domain.RateLimiterTest.now;
import cn.enforcement.gateway.infrastructure.RedisSharedBuckets;
import static org.assertj.core.api.Assertions.assertThat;
import cn.enforcement.gateway.infrastructure.RedisSharedBuckets;
import static org.awaitility.Awaitility.await;

import cn.enforcement.gateway.infrastructure.RedisSharedBuckets;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import cn.enforcement.gateway.infrastructure.RedisSharedBuckets;
import java.time.Duration;
import cn.enforcement.gateway.infrastructure.RedisSharedBuckets;
import java.util.Map;
import cn.enforcement.gateway.infrastructure.RedisSharedBuckets;
import java.util.Optional;
import cn.enforcement.gateway.infrastructure.RedisSharedBuckets;
import java.util.UUID;
import cn.enforcement.gateway.infrastructure.RedisSharedBuckets;
import java.util.stream.IntStream;
import cn.enforcement.gateway.infrastructure.RedisSharedBuckets;
import org.junit.jupiter.api.AfterEach;
import cn.enforcement.gateway.infrastructure.RedisSharedBuckets;
import org.junit.jupiter.api.Test;

/**
 * Two gateway replicas, each with its own connection to the local stack's Redis, limit one caller together: the
 * caller's burst is the configured one across both, not once per replica. With Redis out of reach each replica
 * fails open to its own buckets and counts those decisions.
 */
class SharedRateLimitTest {

    private final String prefix = "test:gateway:rate:" + UUID.randomUUID() + ":";
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private RedisSharedBuckets storeA;
    private RedisSharedBuckets storeB;

    private RateLimiter replica(SharedBuckets store) {
        return new RateLimiter(bucket(10, 1), bucket(5, 1), Map.of(), Map.of(), store, registry);
    }

    private long admitted(RateLimiter a, RateLimiter b, int attempts) {
        return IntStream.range(0, attempts).filter(i -> now((i % 2 == 0 ? a : b).acquireForClient("app", "alice")).isEmpty()).count();
    }

    private double decidedLocally() {
        return registry.get("gateway.rate.limit.local").counter().count();
    }

    @AfterEach
    void close() {
        storeA.close();
        storeB.close();
    }

    @Test
    void twoReplicasDrawFromOneBucketPerCaller() {
        storeA = new RedisSharedBuckets(Optional.of("redis://127.0.0.1:6379"), Duration.ofMillis(500), prefix);
        storeB = new RedisSharedBuckets(Optional.of("redis://127.0.0.1:6379"), Duration.ofMillis(500), prefix);
        await().atMost(Duration.ofSeconds(10)).until(() -> storeA.isShared() && storeB.isShared());
        RateLimiter a = replica(storeA);
        RateLimiter b = replica(storeB);

        // a burst of 10 refilled at 1 a second: 10 of 30 quick attempts, 11 if a second passed; per replica it would be 20
        assertThat(admitted(a, b, 30)).isBetween(10L, 11L);
        assertThat(now(b.acquireForClient("app", "alice"))).as("replica B, after A and B drained the bucket").isPresent();
        assertThat(now(a.acquireForClient("app", "bob"))).as("another caller's own bucket").isEmpty();
        assertThat(decidedLocally()).isZero();
    }

    @Test
    void withRedisOutOfReachEachReplicaLimitsOnItsOwn() {
        storeA = new RedisSharedBuckets(Optional.of("redis://127.0.0.1:1"), Duration.ofMillis(100), prefix);
        storeB = new RedisSharedBuckets(Optional.of("redis://127.0.0.1:1"), Duration.ofMillis(100), prefix);
        RateLimiter a = replica(storeA);
        RateLimiter b = replica(storeB);

        assertThat(admitted(a, b, 40)).as("fails open to each replica's own burst of 10").isBetween(20L, 22L);
        assertThat(storeA.isShared()).isFalse();
        assertThat(decidedLocally()).isEqualTo(40);
    }
}

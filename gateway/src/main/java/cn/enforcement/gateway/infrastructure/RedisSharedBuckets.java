package cn.enforcement.gateway.infrastructure;

import cn.enforcement.gateway.domain.GatewayConfig;
import cn.enforcement.gateway.domain.SharedBuckets;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * The callers' token buckets kept in Redis (Bucket4j's compare-and-swap scripts over Lettuce), so that every gateway
 * replica draws from the same bucket of a caller and the limits hold for the whole deployment, not per replica.
 * Never blocks a request: commands are asynchronous, time out after {@code gateway.rate-limit.store.timeout}, and
 * are refused at once while Redis is unreachable; the store is then "not available" and the caller limits locally.
 */
@ApplicationScoped
public class RedisSharedBuckets implements SharedBuckets {

    private static final Logger LOG = Logger.getLogger(RedisSharedBuckets.class);
    private static final long RECONNECT_NANOS = Duration.ofSeconds(5).toNanos();

    private final RedisClient client;
    private final RedisURI uri;
    private final String keyPrefix;
    private final AtomicBoolean connecting = new AtomicBoolean();
    private final Cache<String, AsyncBucketProxy> proxies = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10)).maximumSize(200_000).build();
    private volatile StatefulRedisConnection<String, byte[]> connection;
    private volatile AsyncProxyManager<String> buckets;
    private volatile long nextAttempt = System.nanoTime();

    @Inject
    RedisSharedBuckets(GatewayConfig config) {
        this(config.rateLimit().store().redisUrl(), config.rateLimit().store().timeout(), config.rateLimit().store().keyPrefix());
    }

    public RedisSharedBuckets(Optional<String> redisUrl, Duration timeout, String keyPrefix) {
        this.keyPrefix = keyPrefix;
        this.uri = redisUrl.map(RedisURI::create).orElse(null);
        this.client = uri == null ? null : RedisClient.create();
        if (client != null) {
            client.setOptions(ClientOptions.builder().autoReconnect(true)
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                    .timeoutOptions(TimeoutOptions.enabled(timeout)).build());
            connect();
        }
    }

    @Override
    public boolean isShared() {
        return buckets != null && connection.isOpen();
    }

    /** Also empty while the store cannot be reached: a new connection is tried every 5 s meanwhile. */
    @Override
    public Optional<CompletableFuture<ConsumptionProbe>> tryConsume(String key, BucketConfiguration configuration) {
        AsyncProxyManager<String> manager = buckets;
        if (!isShared()) {
            if (client != null && System.nanoTime() - nextAttempt > 0) {
                connect();
            }
            return Optional.empty();
        }
        AsyncBucketProxy bucket = proxies.get(key, k -> manager.builder()
                .build(keyPrefix + k, () -> CompletableFuture.completedFuture(configuration)));
        return Optional.of(bucket.tryConsumeAndReturnRemaining(1));
    }

    private void connect() {
        if (!connecting.compareAndSet(false, true)) {
            return;
        }
        nextAttempt = System.nanoTime() + RECONNECT_NANOS;
        client.connectAsync(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE), uri).whenComplete((opened, failure) -> {
            if (failure == null) {
                connection = opened;
                buckets = Bucket4jLettuce.casBasedBuilder(opened)
                        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                        .build().asAsync();
                LOG.infof("rate limits are shared through %s", uri.toURI());
            } else {
                LOG.warnf("the shared rate limit store %s is unreachable (%s): each replica limits on its own until it is back",
                        uri.toURI(), failure.getMessage());
            }
            connecting.set(false);
        });
    }

    @PreDestroy
    public void close() {
        if (client != null) {
            if (connection != null) {
                connection.close();
            }
            client.shutdown();
        }
    }
}

package cn.enforcement.gateway.domain;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The route table and the limits, all in configuration ({@code gateway.*}). */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Routes by name; a request goes to the most specific route whose pattern matches its path. */
    Map<String, RouteConfig> routes();

    RateLimits rateLimit();

    /**
     * How long a request body may pause between chunks before the client is answered 408: a client's
     * slow or broken body is its own fault, never counted against the service.
     */
    @WithDefault("10s")
    Duration bodyIdleTimeout();

    /** How often each service instance's readiness ({@code /q/health/ready}) is asked. */
    @WithDefault("2s")
    Duration upstreamReadyCheck();

    /**
     * Addresses of proxies in front of the gateway (the ingress) whose X-Forwarded-For is believed; from
     * anyone else the header is ignored and the peer address is the client's.
     */
    Optional<List<String>> trustedProxies();

    interface RouteConfig {

        /**
         * Base URL of the owning service, e.g. {@code http://127.0.0.1:8081}, or of each of its instances separated by
         * commas; requests take them in turn, passing over those not ready.
         */
        String upstream();

        /** Path patterns: {@code *} is one segment, a trailing {@code /**} is the rest of the path. */
        List<String> paths();

        /** Realm roles allowed through; empty means any authenticated caller. Ignored for public routes. */
        Optional<List<String>> roles();

        /** Public routes need no token and are rate-limited per client address. */
        @WithDefault("false")
        boolean isPublic();

        @WithDefault("1M")
        MemorySize maxBodySize();

        @WithDefault("30s")
        Duration timeout();
    }

    interface RateLimits {

        /** For callers with a token: a bucket per client and subject. */
        Bucket authenticated();

        /** For public routes: a bucket per client address. */
        Bucket anonymous();

        /** Overrides per client id ({@code azp}), e.g. for partner systems. */
        Map<String, Bucket> clients();

        /**
         * Stricter limits of a public route by its name, per address and on top of {@link #anonymous()}, for the
         * requests that submit something (not GET or HEAD): e.g. filing complaints, a few an hour, not a few a second.
         */
        Map<String, SlowBucket> routes();

        /** Where the buckets are kept so that every gateway replica draws from the same ones. */
        Store store();
    }

    interface Store {

        /** The Redis all replicas share, e.g. {@code redis://10.0.0.5:6379/0}; without one each replica limits alone. */
        Optional<String> redisUrl();

        /** How long a decision may wait for Redis before this replica decides alone. */
        @WithDefault("100ms")
        Duration timeout();

        /** The keys' prefix, so that deployments (or tests) sharing a Redis keep apart. */
        @WithDefault("enforcement:gateway:rate:")
        String keyPrefix();
    }

    interface SlowBucket {

        /** Burst size. */
        long capacity();

        /** One token back every this long, e.g. {@code PT12M} for five an hour. */
        Duration refillEvery();
    }

    interface Bucket {

        /** Burst size. */
        long capacity();

        /** Tokens added per second. */
        long refillPerSecond();
    }
}

package cn.enforcement.gateway.domain;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The callers' token buckets shared by every gateway replica, so that the limits hold for the whole deployment, not per
 * replica; the infrastructure keeps them in Redis. Never blocks a request.
 */
public interface SharedBuckets {

    /** No shared store: every replica limits on its own. */
    SharedBuckets NONE = new SharedBuckets() {
        @Override
        public boolean isShared() {
            return false;
        }

        @Override
        public Optional<CompletableFuture<ConsumptionProbe>> tryConsume(String key, BucketConfiguration configuration) {
            return Optional.empty();
        }
    };

    /** Whether the buckets are shared now: a store is configured and connected. */
    boolean isShared();

    /**
     * Takes one token from the caller's shared bucket; empty when no store is configured or it cannot be reached now.
     * The future fails if the store fails during the call.
     */
    Optional<CompletableFuture<ConsumptionProbe>> tryConsume(String key, BucketConfiguration configuration);
}

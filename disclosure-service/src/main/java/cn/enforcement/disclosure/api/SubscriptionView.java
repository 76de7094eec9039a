package cn.enforcement.disclosure.api;

import cn.enforcement.disclosure.domain.FeedSubscription;
import cn.enforcement.disclosure.domain.SupervisionFeed;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription as its partner sees it; the secret only in the answer that created it. */
public record SubscriptionView(String subscriptionId, String url, List<String> kinds, String regionCode,
        @Schema(description = "ACTIVE: pushed to; PARKED: set aside after repeated failures, until a replay") String status,
        @Schema(description = "Where pushing stands: the cursor after the last entry your receiver acknowledged") String cursor,
        int failures, Instant nextAttemptAt, Instant createdAt,
        @Schema(description = "The HMAC-SHA256 key of the signatures, shown once, when you subscribe: keep it") String secret) {

    static SubscriptionView of(FeedSubscription subscription, boolean withSecret) {
        return new SubscriptionView(subscription.subscriptionId, subscription.url, subscription.kindList(), subscription.regionCode,
                subscription.status.name(), SupervisionFeed.cursorAt(subscription.position), subscription.failures,
                subscription.nextAttemptAt, subscription.createdAt, withSecret ? subscription.secret : null);
    }
}

package cn.enforcement.disclosure.domain;

import cn.enforcement.platform.events.EventCatalog;
import cn.enforcement.platform.events.EventType;
import cn.enforcement.platform.outbox.RelayBackoff;
import cn.enforcement.platform.partners.PushSignature;
import cn.enforcement.platform.security.RegionCode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Signed push of the supervision feed to partners (webhooks): each subscription receives the entries of its region
 * and kinds after its position, in batches signed with its secret ({@link PushSignature}); a 2xx moves the position
 * on, a failure is retried with growing delays and, after repeated failures, the subscription is parked until the
 * partner asks for a replay from a cursor. Every attempt is kept ({@link FeedDelivery}).
 */
@ApplicationScoped
@Transactional
public class SupervisionPush {

    private static final Logger LOG = Logger.getLogger(SupervisionPush.class);
    private static final Set<String> KINDS = EventCatalog.all().stream().map(EventType::name).collect(Collectors.toUnmodifiableSet());

    private final SupervisionFeed feed;
    private final ObjectMapper json;
    private final Clock clock;
    private final PushTargets targets;
    private final int batchSize;
    private final int maxFailures;
    private final RelayBackoff backoff;
    private final Duration timeout;
    private final HttpClient http;
    private final SecureRandom random = new SecureRandom();

    SupervisionPush(SupervisionFeed feed, ObjectMapper json, Clock clock,
            @ConfigProperty(name = "supervision.push.allowed-targets") Optional<List<String>> allowedTargets,
            @ConfigProperty(name = "supervision.push.batch-size", defaultValue = "100") int batchSize,
            @ConfigProperty(name = "supervision.push.max-failures", defaultValue = "8") int maxFailures,
            @ConfigProperty(name = "supervision.push.backoff-base", defaultValue = "PT2S") Duration backoffBase,
            @ConfigProperty(name = "supervision.push.backoff-max", defaultValue = "PT10M") Duration backoffMax,
            @ConfigProperty(name = "supervision.push.timeout", defaultValue = "PT5S") Duration timeout) {
        this.feed = feed;
        this.json = json;
        this.clock = clock;
        this.targets = new PushTargets(allowedTargets.orElse(List.of()));
        this.batchSize = batchSize;
        this.maxFailures = maxFailures;
        this.backoff = new RelayBackoff(backoffBase, backoffMax);
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A new subscription, pushed to from the feed's end on (a replay reaches back); its secret is answered once. */
    public FeedSubscription subscribe(String partner, RegionCode partnerRegion, String url, List<String> kinds, String regionCode) {
        if (!targets.allows(url)) {
            throw DisclosureProblem.PUSH_TARGET_NOT_ALLOWED.refuse(url + " is not among the addresses the operator allowed");
        }
        List<String> unknown = kinds.stream().filter(kind -> !KINDS.contains(kind)).toList();
        if (!unknown.isEmpty()) {
            throw DisclosureProblem.PUSH_KIND_UNKNOWN.refuse("unknown event kinds: " + String.join(", ", unknown));
        }
        RegionCode region = regionCode == null ? partnerRegion : new RegionCode(regionCode);
        if (!partnerRegion.covers(region)) {
            throw DisclosureProblem.PUSH_REGION_OUTSIDE_SCOPE.refuse("region " + region.value() + " is outside " + partnerRegion.value());
        }
        FeedSubscription subscription = new FeedSubscription();
        subscription.subscriptionId = UUID.randomUUID().toString();
        subscription.partner = partner;
        subscription.url = url;
        subscription.kinds = String.join(",", kinds.stream().distinct().sorted().toList());
        subscription.regionCode = region.value();
        subscription.secret = HexFormat.of().formatHex(randomBytes());
        subscription.status = FeedSubscription.Status.ACTIVE;
        subscription.position = feed.lastPosition();
        subscription.failures = 0;
        subscription.createdAt = clock.instant();
        subscription.nextAttemptAt = subscription.createdAt;
        subscription.persist();
        return subscription;
    }

    /** From the cursor on again, active: after the partner's outage, or to fetch entries once more. */
    public void replay(FeedSubscription subscription, String cursor) {
        subscription.position = SupervisionFeed.positionOf(cursor);
        subscription.status = FeedSubscription.Status.ACTIVE;
        subscription.failures = 0;
        subscription.nextAttemptAt = clock.instant();
    }

    /** Pushes one batch to every active subscription that is due. */
    public void deliverDue() {
        Instant now = clock.instant();
        List<FeedSubscription> due = FeedSubscription.list("status = ?1 and nextAttemptAt <= ?2 order by nextAttemptAt",
                FeedSubscription.Status.ACTIVE, now);
        long last = feed.lastPosition();
        due.forEach(subscription -> deliver(subscription, last));
    }

    private void deliver(FeedSubscription subscription, long last) {
        List<SupervisionFeedEntry> entries = feed.between(subscription.position, last, new RegionCode(subscription.regionCode),
                subscription.kindList(), batchSize);
        if (entries.isEmpty()) {
            subscription.position = Math.max(subscription.position, last);
            return;
        }
        long reached = entries.size() < batchSize ? last : entries.get(entries.size() - 1).position;
        String body = bodyOf(feed.page(entries, reached));
        FeedDelivery attempt = new FeedDelivery();
        attempt.subscriptionId = subscription.subscriptionId;
        attempt.attemptedAt = clock.instant();
        attempt.fromPosition = subscription.position;
        attempt.toPosition = reached;
        attempt.entries = entries.size();
        long started = System.nanoTime();
        try {
            long timestamp = attempt.attemptedAt.getEpochSecond();
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(subscription.url)).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header(PushSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(PushSignature.SIGNATURE_HEADER, PushSignature.sign(subscription.secret, timestamp, body))
                    .header("X-Enforcement-Subscription", subscription.subscriptionId)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
            attempt.statusCode = answer.statusCode();
        } catch (java.io.IOException e) {
            attempt.error = abbreviate(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            attempt.error = "interrupted";
        }
        attempt.millis = (int) ((System.nanoTime() - started) / 1_000_000);
        attempt.persist();
        if (attempt.statusCode != null && attempt.statusCode / 100 == 2) {
            subscription.position = reached;
            subscription.failures = 0;
            subscription.nextAttemptAt = attempt.attemptedAt;
        } else {
            failed(subscription, attempt.attemptedAt);
        }
    }

    private void failed(FeedSubscription subscription, Instant at) {
        subscription.failures++;
        if (subscription.failures >= maxFailures) {
            subscription.status = FeedSubscription.Status.PARKED;
            LOG.warnf("supervision push: subscription %s parked after %d failed deliveries to %s", subscription.subscriptionId,
                    subscription.failures, subscription.url);
            return;
        }
        subscription.nextAttemptAt = at.plus(backoff.delayAfter(subscription.failures));
    }

    private String bodyOf(SupervisionFeedPage page) {
        try {
            return json.writeValueAsString(page);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a feed page is always JSON", e);
        }
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String abbreviate(String message) {
        return message.length() <= 500 ? message : message.substring(0, 500);
    }
}

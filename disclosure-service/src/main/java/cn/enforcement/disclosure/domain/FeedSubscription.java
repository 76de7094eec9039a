package cn.enforcement.disclosure.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A partner's subscription to the supervision feed: where to push, which kinds of its region, and how far it got. */
@Entity
@Table(name = "feed_subscription")
public class FeedSubscription extends PanacheEntityBase {

    public enum Status {
        /** Pushed to as entries come. */
        ACTIVE,
        /** Set aside after repeated failures; resumes when the partner asks for a replay. */
        PARKED
    }

    @Id
    @Column(name = "subscription_id")
    public String subscriptionId;

    /** The client that subscribed (its token's subject): only it sees and changes the subscription. */
    @Column(nullable = false)
    public String partner;

    @Column(nullable = false)
    public String url;

    /** The event kinds pushed, comma-separated; empty: every kind. */
    @Column(nullable = false)
    public String kinds;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    /** The key the deliveries are signed with (HMAC-SHA256), shown to the partner once, when it subscribes. */
    @Column(nullable = false)
    public String secret;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** The feed position of the last entry the partner acknowledged (2xx). */
    @Column(nullable = false)
    public long position;

    /** Failed deliveries in a row. */
    @Column(nullable = false)
    public int failures;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public List<String> kindList() {
        return kinds.isEmpty() ? List.of() : Arrays.asList(kinds.split(","));
    }
}

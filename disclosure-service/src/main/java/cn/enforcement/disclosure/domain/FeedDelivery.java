package cn.enforcement.disclosure.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One attempt to push a batch of the feed to a subscription, whatever its outcome. */
@Entity
@Table(name = "feed_delivery")
public class FeedDelivery extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "subscription_id", nullable = false)
    public String subscriptionId;

    @Column(name = "attempted_at", nullable = false)
    public Instant attemptedAt;

    @Column(name = "from_position", nullable = false)
    public long fromPosition;

    @Column(name = "to_position", nullable = false)
    public long toPosition;

    @Column(nullable = false)
    public int entries;

    /** The receiver's HTTP status; none when it could not be reached. */
    @Column(name = "status_code")
    public Integer statusCode;

    @Column
    public String error;

    @Column(nullable = false)
    public int millis;
}

package cn.enforcement.disclosure.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One event in the supervision feed, as a partner reads it: its position is the feed's cursor. */
@Entity
@Table(name = "supervision_feed_entry")
public class SupervisionFeedEntry extends PanacheEntityBase {

    @Id
    public long position;

    @Column(name = "entry_id", nullable = false, unique = true)
    public String entryId;

    /** The event's name, e.g. {@code CaseFiled}. */
    @Column(nullable = false)
    public String kind;

    /** The service that published it, e.g. {@code case-service}. */
    @Column(nullable = false)
    public String source;

    /** What the event happened to: a case, a review, a credential, a disclosure record. */
    @Column(nullable = false)
    public String subject;

    @Column(name = "case_id")
    public String caseId;

    /** Empty for an entry of the region as a whole, such as a complaint not yet routed to an agency. */
    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** The event's body as its producer published it (the AsyncAPI document's schema of that event, version 1). */
    @Column(nullable = false, columnDefinition = "text")
    public String data;
}

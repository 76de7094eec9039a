package cn.enforcement.review.domain.ledger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A problem of an agency's ledger (问题清单台账): what, found how, the measure, who owns it, by when, and how it closed. */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry extends PanacheEntityBase {

    @Id
    @Column(name = "entry_id")
    public String entryId;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LedgerSource source;

    /** What found it, so that finding it again re-opens this entry rather than opening another. */
    @Column(name = "source_key")
    public String sourceKey;

    @Column(nullable = false)
    public String problem;

    @Column(nullable = false)
    public String measure;

    @Column(nullable = false)
    public String owner;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LedgerStatus status;

    public String rectification;

    /** The evidence of what was done: ids of evidence, documents or links, as the agency gave them. */
    @Column(name = "rectification_proof")
    public List<String> rectificationProof;

    @Column(name = "rectified_by")
    public String rectifiedBy;

    @Column(name = "rectified_at")
    public Instant rectifiedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_in_time")
    public Boolean closedInTime;

    @Column(name = "times_reopened", nullable = false)
    public int timesReopened;

    /** The last day whose passing was published (LedgerEntryOverdue): once per last day. */
    @Column(name = "overdue_published_on")
    public LocalDate overduePublishedOn;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public static Optional<LedgerEntry> bySource(String agencyCode, String sourceKey) {
        return find("agencyCode = ?1 and sourceKey = ?2", agencyCode, sourceKey).firstResultOptional();
    }

    public boolean overdueOn(LocalDate day) {
        return status != LedgerStatus.CLOSED && dueOn.isBefore(day);
    }
}

package cn.enforcement.disclosure.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What the annual statistics count of one case, kept from case-service's events. */
@Entity
@Table(name = "case_fact")
public class CaseFact extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public String caseId;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    public String procedure;

    @Column(name = "filed_at")
    public Instant filedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "penalty_kind")
    public String penaltyKind;

    public BigDecimal amount;

    @Column(name = "violation_items")
    public List<String> violationItems;

    @Column(name = "no_penalty_at")
    public Instant noPenaltyAt;

    @Column(name = "transferred_at")
    public Instant transferredAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;
}

package cn.enforcement.cases.domain.preservation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Evidence registered and kept where it is (先行登记保存, PL 56), from the officers' request to its handling. */
@Entity
@Table(name = "evidence_preservation")
public class EvidencePreservation extends PanacheEntityBase {

    @Id
    @Column(name = "preservation_id")
    public String preservationId;

    @Column(name = "case_id", nullable = false)
    public String caseId;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PreservationStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "preserved_item", joinColumns = @JoinColumn(name = "preservation_id"))
    @OrderColumn(name = "position")
    public List<PreservedItem> items = new ArrayList<>();

    /** Where the items are kept meanwhile. */
    @Column(name = "kept_at", nullable = false)
    public String keptAt;

    /** Why the evidence may be lost or hard to obtain later. */
    @Column(nullable = false)
    public String reasons;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    /** The last day of the 7 working days for the handling decision. */
    @Column(name = "due_on")
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    public PreservationHandling handling;

    @Column(name = "handling_note")
    public String handlingNote;

    @Column(name = "handled_by")
    public String handledBy;

    @Column(name = "handled_at")
    public Instant handledAt;

    public static List<EvidencePreservation> ofCase(String caseId) {
        return list("caseId = ?1 order by requestedAt", caseId);
    }

    public static Optional<EvidencePreservation> awaitingHandling(String caseId) {
        return find("caseId = ?1 and status <> ?2", caseId, PreservationStatus.HANDLED).firstResultOptional();
    }

    /** The latest preservation the head approved: the one a preservation notice is printed for. */
    public static Optional<EvidencePreservation> latestApproved(String caseId) {
        return find("caseId = ?1 and approvedAt is not null order by approvedAt desc", caseId).firstResultOptional();
    }
}

package cn.enforcement.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One act on a case: what, when performed and when recorded, by whom, on what basis. */
@Entity
@Table(name = "case_timeline")
public class CaseTimelineEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public String caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TimelineAct act;

    /** When the act was performed. */
    @Column(nullable = false)
    public Instant at;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** Recorded later than the clock skew allows for an act recorded as it happens (performed offline). */
    @Column(name = "recorded_late", nullable = false)
    public boolean recordedLate;

    @Column(nullable = false)
    public String actor;

    @Column(columnDefinition = "text")
    public String detail;

    public static List<CaseTimelineEntry> of(String caseId) {
        return list("caseId = ?1 order by id", caseId);
    }

    /** When the case's latest act was performed; null for a case with none. */
    public static Instant lastPerformedAt(String caseId) {
        return getEntityManager().createQuery("select max(e.at) from CaseTimelineEntry e where e.caseId = :caseId and e.act <> :document",
                Instant.class).setParameter("caseId", caseId).setParameter("document", TimelineAct.DOCUMENT_ISSUED).getSingleResult();
    }
}

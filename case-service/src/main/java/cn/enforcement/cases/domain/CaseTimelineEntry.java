package cn.enforcement.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One act on a case: what, when, by whom, on what basis. */
@Entity
@Table(name = "case_timeline")
public class CaseTimelineEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public String caseId;

    @Column(nullable = false)
    public String act;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    @Column(columnDefinition = "text")
    public String detail;

    public static List<CaseTimelineEntry> of(String caseId) {
        return list("caseId = ?1 order by id", caseId);
    }
}

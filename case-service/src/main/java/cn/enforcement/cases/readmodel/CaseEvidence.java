package cn.enforcement.cases.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Evidence evidence-service recorded for a case, from its EvidenceRecorded events. */
@Entity
@Table(name = "case_evidence")
public class CaseEvidence extends PanacheEntityBase {

    @Id
    @Column(name = "evidence_id")
    public String evidenceId;

    @Column(name = "case_id", nullable = false)
    public String caseId;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String stage;

    @Column(nullable = false)
    public String sha256;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** The case's evidence recorded at or before an instant: what an act performed then could rest on. */
    public static long countRecordedBy(String caseId, Instant at) {
        return count("caseId = ?1 and recordedAt <= ?2", caseId, at);
    }
}

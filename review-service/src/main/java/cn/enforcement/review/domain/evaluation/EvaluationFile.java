package cn.enforcement.review.domain.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A file drawn in a round: who evaluates it, and once scored, the scores item by item, the total and the grade. */
@Entity
@Table(name = "evaluation_file")
public class EvaluationFile extends PanacheEntityBase {

    @Id
    @Column(name = "file_id")
    public String fileId;

    @Column(name = "round_id", nullable = false)
    public String roundId;

    @Column(name = "case_id", nullable = false)
    public String caseId;

    @Column(name = "case_number")
    public String caseNumber;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    /** The evaluator's login; null when everyone in the pool had a conflict with the file. */
    public String evaluator;

    @Column(name = "evaluator_agency")
    public String evaluatorAgency;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Rubric.Score> scores;

    public Integer total;

    @Enumerated(EnumType.STRING)
    public Grade grade;

    /** A typical bad case (典型案例), flagged for the province. */
    @Column(nullable = false)
    public boolean typical;

    @Column(name = "typical_reason")
    public String typicalReason;

    @Column(name = "scored_at")
    public Instant scoredAt;

    public static List<EvaluationFile> ofRound(String roundId) {
        return list("roundId = ?1 order by agencyCode, caseId", roundId);
    }
}

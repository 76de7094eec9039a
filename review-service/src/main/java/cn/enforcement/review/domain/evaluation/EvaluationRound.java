package cn.enforcement.review.domain.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An evaluation round (案卷评查活动): its scope, its pool of evaluators, and the seed its draw was made with. */
@Entity
@Table(name = "evaluation_round")
public class EvaluationRound extends PanacheEntityBase {

    @Id
    @Column(name = "round_id")
    public String roundId;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public List<String> agencies;

    @Column(name = "closed_from", nullable = false)
    public LocalDate closedFrom;

    @Column(name = "closed_to", nullable = false)
    public LocalDate closedTo;

    @Column(name = "files_per_agency", nullable = false)
    public int filesPerAgency;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<DoubleRandomDraw.Evaluator> evaluators;

    @Column(nullable = false)
    public long seed;

    @Column(name = "rubric_version", nullable = false)
    public int rubricVersion;

    @Column(name = "planned_by", nullable = false)
    public String plannedBy;

    @Column(name = "planned_at", nullable = false)
    public Instant plannedAt;
}

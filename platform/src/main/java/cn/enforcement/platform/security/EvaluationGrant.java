package cn.enforcement.platform.security;

import cn.enforcement.platform.events.review.CaseFileDrawnForEvaluation;
import cn.enforcement.platform.events.review.CaseFileEvaluated;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A case file drawn for an evaluator in an evaluation round (双随机): evaluators come from other agencies, so the
 * ordinary read rule would hide the file from them. The grant lasts from the draw until they have scored it.
 */
@Entity
@Table(name = "evaluation_grant")
public class EvaluationGrant extends PanacheEntityBase {

    @Id
    @Column(name = "grant_id")
    public String grantId;

    @Column(name = "round_id", nullable = false)
    public String roundId;

    @Column(name = "case_id", nullable = false)
    public String caseId;

    @Column(nullable = false)
    public String evaluator;

    @Column(name = "granted_at", nullable = false)
    public Instant grantedAt;

    public static void drawn(CaseFileDrawnForEvaluation drawn) {
        String grantId = drawn.roundId() + ":" + drawn.caseId();
        if (findById(grantId) != null) {
            return;
        }
        EvaluationGrant grant = new EvaluationGrant();
        grant.grantId = grantId;
        grant.roundId = drawn.roundId();
        grant.caseId = drawn.caseId();
        grant.evaluator = drawn.evaluator();
        grant.grantedAt = drawn.at();
        grant.persist();
    }

    public static void evaluated(CaseFileEvaluated evaluated) {
        deleteById(evaluated.roundId() + ":" + evaluated.caseId());
    }

    static boolean lets(String username, String caseId) {
        return username != null && count("caseId = ?1 and evaluator = ?2", caseId, username) > 0;
    }
}

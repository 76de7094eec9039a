package cn.enforcement.platform.events.review;

import cn.enforcement.platform.events.DomainEvent;
import java.time.Instant;

/**
 * A closed case file was drawn in an evaluation round (双随机) for an evaluator of another agency, who may read the
 * case and its evidence until CaseFileEvaluated for the same round and case. Key = case id.
 */
public record CaseFileDrawnForEvaluation(
        String roundId,
        String caseId,
        String caseNumber,
        String agencyCode,
        String regionCode,
        String evaluator,
        String evaluatorAgency,
        Instant at) implements DomainEvent {

    @Override
    public String aggregateId() {
        return caseId;
    }
}

package cn.enforcement.platform.events.review;

import cn.enforcement.platform.events.DomainEvent;
import java.time.Instant;

/**
 * An evaluator scored a case file drawn in an evaluation round (案卷评查): the total on the round's rubric, the
 * grade, and whether the file was flagged as a typical bad case (典型案例) for the province. Key = case id.
 */
public record CaseFileEvaluated(
        String roundId,
        String caseId,
        String caseNumber,
        String agencyCode,
        String regionCode,
        int score,
        String grade,
        boolean typical,
        Instant at) implements DomainEvent {

    @Override
    public String aggregateId() {
        return caseId;
    }
}

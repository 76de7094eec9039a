package cn.enforcement.review.api;

import java.time.Instant;
import java.util.List;

/** The results of the rounds, per agency and per handling officer, round by round so that they compare across rounds. */
public record EvaluationResults(List<AgencyResult> byAgency, List<OfficerResult> byOfficer) {

    public record AgencyResult(String roundId, String roundTitle, Instant plannedAt, String agencyCode, long drawn, long scored,
            Double averageScore, long excellent, long passed, long failed, long typical) {
    }

    public record OfficerResult(String roundId, String roundTitle, String officerId, String name, String agencyCode, long files,
            Double averageScore, long failed) {
    }
}

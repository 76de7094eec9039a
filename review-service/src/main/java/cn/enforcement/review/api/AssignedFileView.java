package cn.enforcement.review.api;

import cn.enforcement.review.domain.evaluation.Grade;
import cn.enforcement.review.domain.evaluation.Rubric;
import java.time.Instant;
import java.util.List;

/** A file drawn for the caller to evaluate, with the automated checks' findings in it and, once scored, the scores. */
public record AssignedFileView(String roundId, String roundTitle, String caseId, String caseNumber, String agencyCode, int rubricVersion,
        List<FindingView> findings, List<Rubric.Score> scores, Integer total, Grade grade, Instant scoredAt) {
}

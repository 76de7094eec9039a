package cn.enforcement.review.api;

import java.time.Instant;
import java.util.List;

/**
 * A case file as the automated checks saw it: when it closed, with which checks it was last checked, and what they
 * found ({@code checkedWith} null: not closed yet, so not checked).
 */
public record CaseFileView(String caseId, String caseNumber, String agencyCode, String regionCode, Instant closedAt,
        String checkedWith, Instant checkedAt, List<FindingView> findings) {
}

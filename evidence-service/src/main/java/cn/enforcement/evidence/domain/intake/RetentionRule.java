package cn.enforcement.evidence.domain.intake;

import cn.enforcement.evidence.domain.EvidenceProblem;
import java.time.LocalDate;

/**
 * Evidence may be deleted only when its case is no longer being handled, it is under no legal hold,
 * and its retention period (per kind, configuration) has passed. Storage that supports object lock
 * (MinIO) enforces the same below the application.
 */
public final class RetentionRule {

    private RetentionRule() {
    }

    public static void requireDeletable(boolean caseOpen, boolean legalHold, LocalDate retainUntil, LocalDate today) {
        if (caseOpen) {
            throw EvidenceProblem.EVIDENCE_OF_OPEN_CASE.refuse("evidence of a case still being handled cannot be deleted");
        }
        if (legalHold) {
            throw EvidenceProblem.EVIDENCE_UNDER_HOLD.refuse("release the legal hold first");
        }
        if (!today.isAfter(retainUntil)) {
            throw EvidenceProblem.RETENTION_NOT_ENDED.refuse("evidence is retained until " + retainUntil);
        }
    }
}

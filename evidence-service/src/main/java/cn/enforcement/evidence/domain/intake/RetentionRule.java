package cn.enforcement.evidence.domain.intake;

import cn.enforcement.platform.problem.ProblemException;
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
            throw ProblemException.conflict("EVIDENCE_OF_OPEN_CASE", "Case still open",
                    "evidence of a case still being handled cannot be deleted");
        }
        if (legalHold) {
            throw ProblemException.conflict("EVIDENCE_UNDER_HOLD", "Under legal hold", "release the legal hold first");
        }
        if (!today.isAfter(retainUntil)) {
            throw ProblemException.conflict("RETENTION_NOT_ENDED", "Retention period not over",
                    "evidence is retained until " + retainUntil);
        }
    }
}

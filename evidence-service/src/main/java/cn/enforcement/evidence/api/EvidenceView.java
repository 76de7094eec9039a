package cn.enforcement.evidence.api;

import cn.enforcement.evidence.intake.Evidence;
import java.time.Instant;
import java.time.LocalDate;

/** A piece of evidence as the API shows it. */
public record EvidenceView(String evidenceId, String caseId, String kind, String stage, String sha256, long sizeBytes,
        String contentType, Instant recordedAt, String recordedBy, String deviceId, String location, String description,
        Instant receivedAt, String receivedBy, boolean legalHold, LocalDate retainUntil, Instant lastVerifiedAt,
        boolean integrityFailed) {

    static EvidenceView of(Evidence e) {
        return new EvidenceView(e.evidenceId, e.caseId, e.kind.name(), e.stage, e.sha256, e.sizeBytes, e.contentType, e.recordedAt,
                e.recordedBy, e.deviceId, e.location, e.description, e.receivedAt, e.receivedBy, e.legalHold, e.retainUntil,
                e.lastVerifiedAt, e.integrityFailed);
    }
}

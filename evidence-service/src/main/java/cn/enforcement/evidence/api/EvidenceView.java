package cn.enforcement.evidence.api;

import cn.enforcement.evidence.domain.intake.Evidence;
import cn.enforcement.evidence.domain.intake.Recording;
import java.time.Instant;
import java.time.LocalDate;

/** A piece of evidence as the API shows it. */
public record EvidenceView(String evidenceId, String caseId, String kind, String stage, String sha256, long sizeBytes,
        String contentType, Instant recordedAt, String recordedBy, String deviceId, String location, String description,
        Instant receivedAt, String receivedBy, boolean legalHold, LocalDate retainUntil, Instant lastVerifiedAt,
        boolean integrityFailed) {

    static EvidenceView of(Evidence e) {
        Recording r = e.recording;
        return new EvidenceView(e.evidenceId, e.caseId, r.kind().name(), r.stage(), e.sha256, e.sizeBytes, e.contentType, r.recordedAt(),
                r.recordedBy(), r.deviceId(), r.location(), r.description(), e.receivedAt, e.receivedBy, e.legalHold, e.retainUntil,
                e.lastVerifiedAt, e.integrityFailed);
    }
}

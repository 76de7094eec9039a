package cn.enforcement.platform.events.evidence;

import cn.enforcement.platform.events.DomainEvent;
import java.time.Instant;

/**
 * A piece of evidence was taken into custody for a case stage, with its SHA-256. Case-service
 * consumes it: no notice or decision before evidence is recorded (PL 40, seed 000).
 */
public record EvidenceRecorded(
        String evidenceId,
        String caseId,
        String agencyCode,
        String regionCode,
        String kind,
        String stage,
        String sha256,
        long sizeBytes,
        Instant recordedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return caseId;
    }
}

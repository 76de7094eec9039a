package cn.enforcement.platform.events.evidence;

import cn.enforcement.platform.events.DomainEvent;
import java.time.Instant;

/** A stored object no longer matches the SHA-256 taken at intake: it was altered or lost. Key = case id. */
public record EvidenceIntegrityFailed(
        String evidenceId,
        String caseId,
        String agencyCode,
        String regionCode,
        String expectedSha256,
        String foundSha256,
        Instant detectedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return caseId;
    }
}

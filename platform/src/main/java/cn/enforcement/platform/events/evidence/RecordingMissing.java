package cn.enforcement.platform.events.evidence;

import cn.enforcement.platform.events.DomainEvent;
import java.time.Instant;

/**
 * A case stage that needs an audio-video record (音像记录事项清单) has none, longer than the allowed
 * delay after the stage. Published once per case and stage. Key = case id.
 */
public record RecordingMissing(
        String caseId,
        String agencyCode,
        String regionCode,
        String stage,
        Instant stageAt,
        Instant detectedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return caseId;
    }
}

package cn.enforcement.platform.events.evidence;

import cn.enforcement.platform.events.DomainEvent;
import java.time.Instant;

/** The evidence of a transferred case was sealed into a package for the receiving body. Key = case id. */
public record EvidencePackageSealed(
        String packageId,
        String caseId,
        String agencyCode,
        String regionCode,
        String receivingBody,
        int items,
        String manifestSha256,
        Instant sealedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return caseId;
    }
}

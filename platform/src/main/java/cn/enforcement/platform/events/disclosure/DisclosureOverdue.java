package cn.enforcement.platform.events.disclosure;

import cn.enforcement.platform.events.DomainEvent;
import java.time.Instant;
import java.time.LocalDate;

/** A decision was not published, or a revoked one not withdrawn, by its last day; once per duty. Key = case id. */
public record DisclosureOverdue(
        String recordId,
        String caseId,
        String caseNumber,
        String agencyCode,
        String regionCode,
        Duty duty,
        LocalDate dueOn,
        Instant at) implements DomainEvent {

    public enum Duty { PUBLICATION, WITHDRAWAL }

    @Override
    public String aggregateId() {
        return caseId;
    }
}

package cn.enforcement.platform.events.disclosure;

import cn.enforcement.platform.events.DomainEvent;
import java.time.Instant;
import java.time.LocalDate;

/** A decision's record went on the public pages (事后公开). Key = case id. */
public record DisclosurePublished(
        String recordId,
        String caseId,
        String caseNumber,
        String agencyCode,
        String regionCode,
        LocalDate dueOn,
        boolean onTime,
        LocalDate displayUntil,
        String publishedBy,
        Instant publishedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return caseId;
    }
}

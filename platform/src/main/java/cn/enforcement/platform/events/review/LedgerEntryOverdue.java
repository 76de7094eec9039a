package cn.enforcement.platform.events.review;

import cn.enforcement.platform.events.DomainEvent;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An entry of an agency's problem ledger (问题清单台账, seed 001) was not closed by its last day: it escalates to
 * the supervisors of the agency's region. Published once per last day: a re-opened entry escalates again.
 * Key = entry id.
 */
public record LedgerEntryOverdue(
        String entryId,
        String agencyCode,
        String regionCode,
        String source,
        String problem,
        String owner,
        LocalDate dueOn,
        Instant at) implements DomainEvent {

    @Override
    public String aggregateId() {
        return entryId;
    }
}

package cn.enforcement.review.api;

import cn.enforcement.review.domain.ledger.LedgerEntry;
import cn.enforcement.review.domain.ledger.LedgerSource;
import cn.enforcement.review.domain.ledger.LedgerStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An entry of the problem ledger as it stands; {@code overdue}: not closed and its last day passed. */
public record LedgerEntryView(String entryId, String agencyCode, String regionCode, LedgerSource source, String problem, String measure,
        String owner, LocalDate dueOn, LedgerStatus status, boolean overdue, String rectification, List<String> rectificationProof,
        String rectifiedBy, Instant rectifiedAt, String closedBy, Instant closedAt, Boolean closedInTime, int timesReopened,
        String createdBy, Instant createdAt) {

    static LedgerEntryView of(LedgerEntry e, LocalDate today) {
        return new LedgerEntryView(e.entryId, e.agencyCode, e.regionCode, e.source, e.problem, e.measure, e.owner, e.dueOn, e.status,
                e.overdueOn(today), e.rectification, e.rectificationProof, e.rectifiedBy, e.rectifiedAt, e.closedBy, e.closedAt,
                e.closedInTime, e.timesReopened, e.createdBy, e.createdAt);
    }
}

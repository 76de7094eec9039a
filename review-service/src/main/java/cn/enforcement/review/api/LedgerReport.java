package cn.enforcement.review.api;

import java.util.List;

/** An agency's ledger in figures: open, overdue, closed in time and late, in all and by source. */
public record LedgerReport(String agencyCode, Counts total, List<BySource> bySource) {

    public record Counts(long open, long overdue, long closedInTime, long closedLate) {
    }

    public record BySource(String source, Counts counts) {
    }
}

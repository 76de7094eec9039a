package cn.enforcement.review.api;

import java.util.List;

/** A page of ledger entries, soonest due first; pass {@code next} back as {@code after} for the following page. */
public record LedgerPage(List<LedgerEntryView> entries, String next) {
}

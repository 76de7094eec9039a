package cn.enforcement.review.api;

import java.time.Instant;
import java.util.List;

/** One ledger entry with the files it was found in and every step it went through. */
public record LedgerEntryRecord(LedgerEntryView entry, List<String> caseIds, List<LedgerStepView> steps) {

    /** A step: OPENED, RECTIFIED, SENT_BACK, CLOSED or REOPENED, who took it, why, when. */
    public record LedgerStepView(String step, String actor, String note, Instant at) {
    }
}

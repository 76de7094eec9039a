package cn.enforcement.review.domain.ledger;

import cn.enforcement.platform.persistence.RecordedStep;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One step of a ledger entry (opened, rectified, approved, sent back, re-opened), with who took it and why. */
@Entity
@Table(name = "ledger_step")
public class LedgerStep extends RecordedStep {

    @Column(name = "entry_id", nullable = false)
    public String entryId;

    static void record(LedgerEntry entry, String step, String actor, String note, Instant at) {
        LedgerStep row = new LedgerStep();
        row.entryId = entry.entryId;
        row.keep(step, actor, note, at);
    }

    public static List<LedgerStep> of(String entryId) {
        return list("entryId = ?1 order by id", entryId);
    }
}

package cn.enforcement.review.domain.filecheck;

import cn.enforcement.platform.events.cases.CaseDecided;
import cn.enforcement.platform.events.cases.CaseTransferred;
import cn.enforcement.platform.events.cases.CriminalThresholdCrossed;
import cn.enforcement.platform.events.cases.TransferAnswered;
import cn.enforcement.platform.events.cases.TransferDecided;
import java.util.List;
import java.util.Optional;

/**
 * 以罚代刑 (PL 27, 82; TP): a case whose facts reached a criminal threshold is not settled with a fine unless the
 * head recorded why it is not transferred or the receiver refused it; a transferred case is not fined while the
 * receiver has not refused it.
 */
public final class NoFineAfterTransfer implements FileCheck {

    @Override
    public String name() {
        return "NO_FINE_INSTEAD_OF_TRANSFER";
    }

    @Override
    public String basis() {
        return "PL 27, 82; TP 3, 11";
    }

    @Override
    public List<Finding> check(CaseHistory history) {
        Optional<HistoryEvent<CaseDecided>> decided = history.first(CaseDecided.class);
        if (decided.isEmpty() || !"FINE".equals(decided.get().payload().penaltyKind())) {
            return List.of();
        }
        HistoryEvent<CaseDecided> fine = decided.get();
        boolean refused = history.before(TransferAnswered.class, fine).stream().anyMatch(a -> !a.payload().accepted());
        Optional<HistoryEvent<CaseTransferred>> transferred = history.before(CaseTransferred.class, fine).stream().findFirst();
        if (transferred.isPresent() && !refused) {
            return List.of(Finding.of(this, FindingGrade.DEFECT, "移送后仍予罚款: fined on " + fine.day() + " after the transfer of "
                    + transferred.get().day() + ", which the receiver had not refused", transferred.get(), fine));
        }
        Optional<HistoryEvent<CriminalThresholdCrossed>> crossed = history.before(CriminalThresholdCrossed.class, fine).stream().findFirst();
        boolean declined = history.before(TransferDecided.class, fine).stream().anyMatch(d -> !d.payload().approved());
        if (crossed.isPresent() && transferred.isEmpty() && !declined) {
            return List.of(Finding.of(this, FindingGrade.DEFECT, "应移未移: the facts reached a criminal threshold on " + crossed.get().day()
                    + " and the case was fined with no recorded reason not to transfer it", crossed.get(), fine));
        }
        return List.of();
    }
}

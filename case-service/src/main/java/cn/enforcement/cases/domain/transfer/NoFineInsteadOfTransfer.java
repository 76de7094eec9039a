package cn.enforcement.cases.domain.transfer;

import cn.enforcement.cases.domain.CaseProblem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 不得以罚代刑 (PL 27; TP 3, 16): a case whose facts reach a criminal threshold is transferred, not settled
 * with a penalty, unless the head has recorded why it is not transferred or the receiver refused it.
 */
public final class NoFineInsteadOfTransfer {

    private NoFineInsteadOfTransfer() {
    }

    /**
     * @param crossings the thresholds the case's facts reach
     * @param latest the case's latest transfer's status, null when none was ever requested
     */
    public static void require(List<ThresholdCrossing> crossings, TransferStatus latest) {
        if (latest != null && latest.underWay()) {
            throw CaseProblem.TRANSFER_UNDER_WAY.refuse("the case's transfer is " + latest + "; no penalty is decided meanwhile", "PL 27; TP 5");
        }
        boolean considered = latest == TransferStatus.DECLINED || latest == TransferStatus.REFUSED;
        if (!crossings.isEmpty() && !considered) {
            throw CaseProblem.CRIMINAL_THRESHOLD_CROSSED.refuse("the facts reach a criminal threshold: "
                    + crossings.stream().map(ThresholdCrossing::describe).collect(Collectors.joining("; "))
                    + "; transfer the case, or the head records why not (transfer decision, approved false)", "PL 27; TP 3");
        }
    }
}

package cn.enforcement.cases.domain.transfer;

import cn.enforcement.cases.domain.catalogue.CriminalThreshold;
import cn.enforcement.cases.domain.catalogue.CriminalMeasure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.enforcement.problem.ProblemException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 应移未移 at its edges: the thresholds reached, and when a penalty may still be decided. */
class NoFineInsteadOfTransferTest {

    private static final Map<String, List<CriminalThreshold>> ILLEGAL_OPERATION = Map.of("RT-02", List.of(
            new CriminalThreshold(CriminalMeasure.AMOUNT_YUAN, new BigDecimal("50000.00"), "非法经营数额五万元以上", "《刑法》第二百二十五条"),
            new CriminalThreshold(CriminalMeasure.PRIOR_PENALTIES, new BigDecimal("2"), "二年内受过二次以上行政处罚", "《刑法》第二百二十五条")));

    private static List<ThresholdCrossing> crossings(Map<CriminalMeasure, BigDecimal> facts) {
        return ThresholdCrossing.of(ILLEGAL_OPERATION, facts);
    }

    private static String codeOf(Runnable rule) {
        try {
            rule.run();
            return null;
        } catch (ProblemException refused) {
            return refused.type().code();
        }
    }

    @Test
    void anAmountReachesTheThresholdAtItsValueNotAFenBelow() {
        assertThat(crossings(Map.of(CriminalMeasure.AMOUNT_YUAN, new BigDecimal("49999.99")))).isEmpty();
        assertThat(crossings(Map.of(CriminalMeasure.AMOUNT_YUAN, new BigDecimal("50000"))))
                .singleElement().satisfies(c -> {
                    assertThat(c.itemCode()).isEqualTo("RT-02");
                    assertThat(c.found()).isEqualByComparingTo("50000");
                });
    }

    @Test
    void repeatedOffencesCountFromTheSecondEarlierPenalty() {
        assertThat(crossings(Map.of(CriminalMeasure.PRIOR_PENALTIES, BigDecimal.ONE))).isEmpty();
        assertThat(crossings(Map.of(CriminalMeasure.PRIOR_PENALTIES, new BigDecimal("2")))).hasSize(1);
    }

    @Test
    void aMeasureNotRecordedOrNotStatedReachesNothing() {
        assertThat(crossings(Map.of())).isEmpty();
        assertThat(crossings(Map.of(CriminalMeasure.DEATHS, new BigDecimal("3")))).isEmpty();
    }

    @Test
    void reachedFactsBlockAPenaltyUntilTheHeadGivesReasonsOrTheReceiverRefuses() {
        List<ThresholdCrossing> reached = crossings(Map.of(CriminalMeasure.AMOUNT_YUAN, new BigDecimal("80000")));
        assertThat(codeOf(() -> NoFineInsteadOfTransfer.require(reached, null))).isEqualTo("CRIMINAL_THRESHOLD_CROSSED");
        assertThat(codeOf(() -> NoFineInsteadOfTransfer.require(reached, TransferStatus.ACCEPTED))).isEqualTo("CRIMINAL_THRESHOLD_CROSSED");
        assertThatCode(() -> NoFineInsteadOfTransfer.require(reached, TransferStatus.DECLINED)).doesNotThrowAnyException();
        assertThatCode(() -> NoFineInsteadOfTransfer.require(reached, TransferStatus.REFUSED)).doesNotThrowAnyException();
        assertThatCode(() -> NoFineInsteadOfTransfer.require(List.of(), null)).doesNotThrowAnyException();
    }

    @Test
    void noPenaltyWhileATransferIsUnderWayWhateverTheFacts() {
        for (TransferStatus underWay : List.of(TransferStatus.REQUESTED, TransferStatus.APPROVED, TransferStatus.DELIVERED,
                TransferStatus.RECONSIDERATION, TransferStatus.SUPERVISED)) {
            assertThat(codeOf(() -> NoFineInsteadOfTransfer.require(List.of(), underWay))).as("%s", underWay)
                    .isEqualTo("TRANSFER_UNDER_WAY");
        }
        assertThatThrownBy(() -> NoFineInsteadOfTransfer.require(List.of(), TransferStatus.REQUESTED))
                .hasMessageContaining("REQUESTED");
    }
}

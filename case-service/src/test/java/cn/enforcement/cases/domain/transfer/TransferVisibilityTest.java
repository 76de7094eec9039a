package cn.enforcement.cases.domain.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Who among the judicial bodies sees a transfer: its receiver and the procuratorate supervising it, once delivered. */
class TransferVisibilityTest {

    private static CriminalTransfer toChangchunPolice(Instant deliveredAt) {
        CriminalTransfer transfer = new CriminalTransfer();
        transfer.receivingBodyCode = "220100910";
        transfer.supervisingProcuratorate = "220100920";
        transfer.deliveredAt = deliveredAt;
        return transfer;
    }

    @Test
    void theReceiverAndItsProcuratorateSeeADeliveredTransfer() {
        CriminalTransfer delivered = toChangchunPolice(Instant.parse("2026-12-05T02:00:00Z"));
        assertThat(delivered.visibleTo("220100910")).isTrue();
        assertThat(delivered.visibleTo("220100920")).isTrue();
    }

    @Test
    void anotherBodyOfTheSameOrAnotherRegionSeesNothing() {
        CriminalTransfer delivered = toChangchunPolice(Instant.parse("2026-12-05T02:00:00Z"));
        assertThat(delivered.visibleTo("220200910")).isFalse();
        assertThat(delivered.visibleTo("220000920")).as("the provincial procuratorate supervises by the body named, not by region")
                .isFalse();
        assertThat(delivered.visibleTo(null)).isFalse();
    }

    @Test
    void nothingBeforeDeliveryNotEvenToTheReceiverNamedInTheRequest() {
        assertThat(toChangchunPolice(null).visibleTo("220100910")).isFalse();
    }
}

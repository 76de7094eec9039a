package cn.enforcement.platform.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class HearingRightsTest {

    private final HearingRights hearing = new HearingRights(new BigDecimal("10000"), new BigDecimal("100000"));

    @Test
    void aLargeFineStartsAtTheProvincialThresholdForTheParty() {
        assertThat(hearing.apply("FINE", new BigDecimal("9999.99"), false)).isFalse();
        assertThat(hearing.apply("FINE", new BigDecimal("10000"), false)).isTrue();
        assertThat(hearing.apply("FINE", new BigDecimal("99999"), true)).isFalse();
        assertThat(hearing.apply("FINE", new BigDecimal("100000"), true)).isTrue();
    }

    @Test
    void aLargeConfiscationCountsLikeAFineAndAWarningNever() {
        assertThat(hearing.apply("CONFISCATION", new BigDecimal("10000"), false)).isTrue();
        assertThat(hearing.isLargeAmount("CONFISCATION", new BigDecimal("10000"), false)).isTrue();
        assertThat(hearing.apply("WARNING", BigDecimal.ZERO, false)).isFalse();
    }

    @Test
    void licenceRevocationSuspensionAndStopOrdersAlwaysCarryIt() {
        assertThat(hearing.apply("LICENCE_REVOCATION", null, false)).isTrue();
        assertThat(hearing.apply("LICENCE_SUSPENSION", null, true)).isTrue();
        assertThat(hearing.apply("ORDER_TO_STOP_PRODUCTION_OR_BUSINESS", BigDecimal.ZERO, false)).isTrue();
        assertThat(hearing.isLargeAmount("LICENCE_REVOCATION", null, false)).isFalse();
    }
}

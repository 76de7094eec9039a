package cn.enforcement.cases.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.enforcement.cases.domain.catalogue.DiscretionBenchmark.Assessment;
import cn.enforcement.cases.domain.catalogue.DiscretionBenchmark.Circumstance;
import cn.enforcement.cases.domain.catalogue.DiscretionBenchmark.Level;
import cn.enforcement.cases.domain.catalogue.DiscretionBenchmark.Tier;
import cn.enforcement.cases.domain.PartyType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiscretionBenchmarkTest {

    private static BigDecimal yuan(String value) {
        return new BigDecimal(value);
    }

    /** Overloading by tonnes over the limit. */
    private final List<Tier> overload = List.of(
            new Tier(Level.MINOR, "超限1吨以下", yuan("0"), yuan("1"), yuan("0"), yuan("500"), yuan("0"), yuan("500")),
            new Tier(Level.ORDINARY, "超限1至5吨", yuan("1"), yuan("5"), yuan("500"), yuan("5000"), yuan("500"), yuan("5000")),
            new Tier(Level.SERIOUS, "超限5至10吨", yuan("5"), yuan("10"), yuan("5000"), yuan("15000"), yuan("5000"), yuan("15000")),
            new Tier(Level.ESPECIALLY_SERIOUS, "超限10吨以上", yuan("10"), null, yuan("15000"), yuan("30000"), yuan("15000"), yuan("30000")));

    private Assessment assess(String degree, Circumstance... circumstances) {
        return DiscretionBenchmark.assess("车辆违法超限运输", "超限吨数", overload, PartyType.INDIVIDUAL, yuan(degree), Set.of(circumstances));
    }

    @Test
    void theDegreePicksTheTierAtItsEdges() {
        assertThat(assess("0.99").level()).isEqualTo(Level.MINOR);
        assertThat(assess("1").level()).isEqualTo(Level.ORDINARY);
        assertThat(assess("4.99").level()).isEqualTo(Level.ORDINARY);
        assertThat(assess("5").level()).isEqualTo(Level.SERIOUS);
        assertThat(assess("25").level()).isEqualTo(Level.ESPECIALLY_SERIOUS);
    }

    @Test
    void mitigationMovesOneTierDownAndAggravationOneUp() {
        assertThat(assess("3", Circumstance.FIRST_OFFENCE, Circumstance.PROMPTLY_CORRECTED).level()).isEqualTo(Level.MINOR);
        assertThat(assess("3", Circumstance.REPEATED_OFFENCE).level()).isEqualTo(Level.SERIOUS);
        assertThat(assess("3", Circumstance.FIRST_OFFENCE, Circumstance.REPEATED_OFFENCE).level()).isEqualTo(Level.ORDINARY);
    }

    @Test
    void theEndTiersDoNotMoveBeyondTheScale() {
        assertThat(assess("0.5", Circumstance.FIRST_OFFENCE).level()).isEqualTo(Level.MINOR);
        assertThat(assess("12", Circumstance.CAUSED_ACCIDENT).level()).isEqualTo(Level.ESPECIALLY_SERIOUS);
    }

    @Test
    void theRangeAndWhyAreGivenAndAFineOutsideIsRecognised() {
        Assessment ordinary = assess("3");
        assertThat(ordinary.min()).isEqualByComparingTo("500");
        assertThat(ordinary.max()).isEqualByComparingTo("5000");
        assertThat(ordinary.explanation()).contains("超限吨数 3 falls in tier ORDINARY (超限1至5吨)");
        assertThat(ordinary.isOutsideRange(yuan("5000"))).isFalse();
        assertThat(ordinary.isOutsideRange(yuan("5000.01"))).isTrue();
        assertThat(ordinary.isOutsideRange(yuan("499.99"))).isTrue();
    }
}

package cn.enforcement.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegionCodeTest {

    private static RegionCode region(String code) {
        return new RegionCode(code);
    }

    @Test
    void provinceCoversItsCitiesAndCountiesButNotAnotherProvince() {
        assertThat(region("220000").covers(region("220100"))).isTrue();
        assertThat(region("220000").covers(region("220202"))).isTrue();
        assertThat(region("220000").covers(region("210100"))).isFalse();
    }

    @Test
    void cityCoversItsCountiesButNotASiblingCity() {
        assertThat(region("220100").covers(region("220102"))).isTrue();
        assertThat(region("220100").covers(region("220100"))).isTrue();
        assertThat(region("220100").covers(region("220200"))).isFalse();
        assertThat(region("220100").covers(region("220000"))).isFalse();
    }

    @Test
    void countyCoversOnlyItself() {
        assertThat(region("220102").covers(region("220102"))).isTrue();
        assertThat(region("220102").covers(region("220103"))).isFalse();
    }

    @Test
    void aRegionCodeHasExactlySixDigits() {
        assertThat(RegionCode.isValid("22010")).isFalse();
        assertThat(RegionCode.isValid("2201000")).isFalse();
        assertThat(RegionCode.isValid("22O100")).isFalse();
        assertThatThrownBy(() -> region("abc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePrefixIsWhatEveryCoveredCodeStartsWith() {
        assertThat(region("220000").prefix()).isEqualTo("22");
        assertThat(region("220100").prefix()).isEqualTo("2201");
        assertThat(region("220102").prefix()).isEqualTo("220102");
    }

    @Test
    void anAgencyServesTheRegionItsCodeBeginsWith() {
        assertThat(RegionCode.ofAgency("220100001")).isEqualTo(region("220100"));
        assertThat(RegionCode.ofAgency("220100001").covers(region("220102"))).isTrue();
        assertThat(RegionCode.ofAgency("220100001").covers(region("110000"))).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RegionCode.ofAgency("2201001"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

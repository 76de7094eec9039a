package cn.enforcement.platform.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An agency is in force from its first day and until the day before its last. */
class KnownAgencyTest {

    private static KnownAgency agency(LocalDate from, LocalDate to) {
        KnownAgency agency = new KnownAgency();
        agency.inForceFrom = from;
        agency.inForceTo = to;
        return agency;
    }

    @Test
    void anAgencyIsInForceFromItsFirstDay() {
        KnownAgency agency = agency(LocalDate.of(2027, 1, 1), null);
        assertThat(agency.inForceOn(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(agency.inForceOn(LocalDate.of(2027, 1, 1))).isTrue();
        assertThat(agency.inForceOn(LocalDate.of(2099, 1, 1))).isTrue();
    }

    @Test
    void anAgencyMergedAwayIsNoLongerInForceOnItsLastDay() {
        KnownAgency agency = agency(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(agency.inForceOn(LocalDate.of(2026, 12, 30))).isTrue();
        assertThat(agency.inForceOn(LocalDate.of(2026, 12, 31))).isFalse();
    }
}

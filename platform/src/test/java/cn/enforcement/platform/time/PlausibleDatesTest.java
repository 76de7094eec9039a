package cn.enforcement.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlausibleDatesTest {

    @Test
    void aDayIsPlausibleFrom1900To2999() {
        assertThat(PlausibleDates.contains(LocalDate.of(1899, 12, 31))).isFalse();
        assertThat(PlausibleDates.contains(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(PlausibleDates.contains(LocalDate.of(2999, 12, 31))).isTrue();
        assertThat(PlausibleDates.contains(LocalDate.of(3000, 1, 1))).isFalse();
    }

    @Test
    void anInstantIsPlausibleWithinThoseYearsAndTheLastInstantsJavaKnowsAreNot() {
        assertThat(PlausibleDates.contains(Instant.parse("1899-12-31T23:59:59Z"))).isFalse();
        assertThat(PlausibleDates.contains(Instant.parse("1900-01-01T00:00:00Z"))).isTrue();
        assertThat(PlausibleDates.contains(Instant.parse("2999-12-31T23:59:59Z"))).isTrue();
        assertThat(PlausibleDates.contains(Instant.parse("3000-01-01T00:00:00Z"))).isFalse();
        assertThat(PlausibleDates.contains(Instant.MAX)).isFalse();
        assertThat(PlausibleDates.contains(Instant.MIN)).isFalse();
    }
}

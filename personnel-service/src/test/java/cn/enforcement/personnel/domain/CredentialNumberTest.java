package cn.enforcement.personnel.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CredentialNumberTest {

    @Test
    void regionYearAndSixDigitSerial() {
        assertThat(CredentialNumber.of("220100", LocalDate.of(2026, 11, 21), 42)).isEqualTo("22010026000042");
        assertThat(CredentialNumber.isWellFormed("22010026000042")).isTrue();
    }

    @Test
    void theSerialHasAtMostSixDigits() {
        assertThat(CredentialNumber.of("220100", LocalDate.of(2026, 1, 1), 999_999)).isEqualTo("22010026999999");
        assertThatThrownBy(() -> CredentialNumber.of("220100", LocalDate.of(2026, 1, 1), 1_000_000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CredentialNumber.of("220100", LocalDate.of(2026, 1, 1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void malformedNumbersAreRecognised() {
        assertThat(CredentialNumber.isWellFormed("2201002600004")).isFalse();
        assertThat(CredentialNumber.isWellFormed("22010026OOOO42")).isFalse();
    }
}

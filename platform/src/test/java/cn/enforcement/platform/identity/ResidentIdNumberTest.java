package cn.enforcement.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResidentIdNumberTest {

    /** A syntactically valid number built for tests: region 220102, born 1990-05-17, serial 123. */
    private static final String VALID = withCheck("22010219900517123");

    static String withCheck(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    @Test
    void aNumberWithTheRightCheckCharacterIsValid() {
        assertThat(ResidentIdNumber.isValid(VALID)).isTrue();
        assertThat(ResidentIdNumber.isValid("11010519491231002X")).isTrue();
    }

    @Test
    void anyOtherCheckCharacterIsRefused() {
        char right = VALID.charAt(17);
        for (char c : "0123456789X".toCharArray()) {
            if (c != right) {
                assertThat(ResidentIdNumber.isValid(VALID.substring(0, 17) + c)).as("check %s", c).isFalse();
            }
        }
    }

    @Test
    void theBirthDateMustExist() {
        assertThat(ResidentIdNumber.isValid(withCheck("22010219900229123"))).isFalse();
        assertThat(ResidentIdNumber.isValid(withCheck("22010219920229123"))).isTrue();
        assertThat(ResidentIdNumber.isValid(withCheck("22010219901301123"))).isFalse();
    }

    @Test
    void onlyEighteenCharactersWithALowerCaseXRefused() {
        assertThat(ResidentIdNumber.isValid(VALID.substring(0, 17))).isFalse();
        assertThat(ResidentIdNumber.isValid(VALID + "1")).isFalse();
        assertThat(ResidentIdNumber.isValid("11010519491231002x")).isFalse();
        assertThat(ResidentIdNumber.isValid(null)).isFalse();
    }

    @Test
    void theMaskedFormHidesTheBirthDateAndSerial() {
        assertThat(ResidentIdNumber.masked("11010519491231002X")).isEqualTo("1101**********002X");
    }
}

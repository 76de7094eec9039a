package cn.enforcement.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnifiedSocialCreditCodeTest {

    private static String withCheck(String first17) {
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    @Test
    void theStandardsOwnExampleIsValid() {
        assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y43")).isTrue();
        assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y44")).isFalse();
    }

    @Test
    void everyOtherCheckCharacterIsRefused() {
        String valid = withCheck("91220101MA0Y1234K");
        assertThat(UnifiedSocialCreditCode.isValid(valid)).isTrue();
        for (char c : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
            if (c != valid.charAt(17)) {
                assertThat(UnifiedSocialCreditCode.isValid(valid.substring(0, 17) + c)).as("check %s", c).isFalse();
            }
        }
    }

    @Test
    void lettersOutsideTheAlphabetAndWrongLengthsAreRefused() {
        assertThat(UnifiedSocialCreditCode.isValid(withCheck("91220101MA0Y1234I"))).isFalse();
        assertThat(UnifiedSocialCreditCode.isValid("91220101MA0Y1234")).isFalse();
        assertThat(UnifiedSocialCreditCode.isValid(null)).isFalse();
    }
}

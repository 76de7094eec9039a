package cn.enforcement.platform.identity;

import java.util.regex.Pattern;

/**
 * An organisation's unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from
 * the digits and upper-case letters except I, O, Z, S and V, the last a MOD 31 check character.
 */
public final class UnifiedSocialCreditCode {

    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
    private static final Pattern FORM = Pattern.compile("[0-9ABCDEFGHJKLMNPQRTUWXY]{18}");

    private UnifiedSocialCreditCode() {
    }

    public static boolean isValid(String code) {
        return code != null && FORM.matcher(code).matches() && code.charAt(17) == checkCharacter(code);
    }

    public static char checkCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARACTERS.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return CHARACTERS.charAt((31 - sum % 31) % 31);
    }
}

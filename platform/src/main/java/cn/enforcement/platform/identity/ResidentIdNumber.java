package cn.enforcement.platform.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * An 18-digit resident identity number (居民身份证号码, GB 11643-1999): six-digit region, eight-digit
 * birth date, three-digit sequence and an ISO 7064 MOD 11-2 check character (0-9 or X).
 */
public final class ResidentIdNumber {

    private static final Pattern FORM = Pattern.compile("\\d{17}[0-9X]");
    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final char[] CHECK_CHARACTERS = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

    private ResidentIdNumber() {
    }

    public static boolean isValid(String number) {
        if (number == null || !FORM.matcher(number).matches()) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
        } catch (DateTimeException e) {
            return false;
        }
        return number.charAt(17) == checkCharacter(number);
    }

    public static char checkCharacter(String number) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS[sum % 11];
    }

    /** Shown to everyone but personnel admins: region and check digit hidden, e.g. 220102********123X → 2201**********123X. */
    public static String masked(String number) {
        return number.substring(0, 4) + "*".repeat(10) + number.substring(14);
    }
}

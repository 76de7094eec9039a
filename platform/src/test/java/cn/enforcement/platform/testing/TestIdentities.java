package cn.enforcement.platform.testing;

import cn.enforcement.platform.identity.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/** Fresh, valid identity numbers for test parties and officers, so repeated runs never collide. */
public final class TestIdentities {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

    private TestIdentities() {
    }

    /** An 18-digit resident ID number of region 220102 with a random birth date, serial and the right check character. */
    public static String newResidentIdNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(40 * 365));
        String first17 = "220102" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", random.nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    /**
     * A unified social credit code beginning with the ten characters given (registration authority and kind, region, and
     * two characters of the organisation code, e.g. 91220101MA), seven random digits and the right check character.
     */
    public static String newCreditCode(String firstTen) {
        StringBuilder body = new StringBuilder(firstTen);
        for (int i = 0; i < 7; i++) {
            body.append(ThreadLocalRandom.current().nextInt(10));
        }
        return body.toString() + UnifiedSocialCreditCode.checkCharacter(body.toString());
    }
}

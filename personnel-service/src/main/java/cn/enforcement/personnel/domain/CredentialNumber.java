package cn.enforcement.personnel.domain;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The credential number format: the issuing region's six-digit code, the two-digit year of issue
 * and a six-digit serial, e.g. {@code 22010026000042}.
 */
public final class CredentialNumber {

    private static final Pattern FORM = Pattern.compile("\\d{14}");

    private CredentialNumber() {
    }

    public static String of(String regionCode, LocalDate issuedOn, long serial) {
        if (serial < 1 || serial > 999_999) {
            throw new IllegalArgumentException("the serial of a credential number has at most six digits: " + serial);
        }
        return regionCode + String.format("%02d%06d", issuedOn.getYear() % 100, serial);
    }

    public static boolean isWellFormed(String number) {
        return number != null && FORM.matcher(number).matches();
    }
}

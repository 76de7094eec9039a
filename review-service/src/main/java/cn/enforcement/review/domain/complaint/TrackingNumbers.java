package cn.enforcement.review.domain.complaint;

import cn.enforcement.platform.hashing.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * A complaint's tracking number (e.g. {@code TS20261205-7K3Q9M2X}) and the secret that goes with it: the number alone
 * names the complaint, the secret proves it is the complainant asking. Both are random; only the secret's hash is kept.
 */
public final class TrackingNumbers {

    /** Crockford's base 32: no I, L, O or U, so a number read out over the phone is not misheard. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingNumbers() {
    }

    public static String next(LocalDate receivedOn) {
        StringBuilder number = new StringBuilder("TS").append(receivedOn.format(DateTimeFormatter.BASIC_ISO_DATE)).append('-');
        for (int i = 0; i < 8; i++) {
            number.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return number.toString();
    }

    public static String secret() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String secret) {
        return Sha256.hex(secret);
    }

    /** Whether the secret is the one whose hash is kept; in constant time, so the comparison leaks nothing. */
    public static boolean matches(String secret, String hash) {
        return secret != null && secret.length() <= 100 && MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.US_ASCII),
                hash.getBytes(StandardCharsets.US_ASCII));
    }
}

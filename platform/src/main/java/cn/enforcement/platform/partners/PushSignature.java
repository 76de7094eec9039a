package cn.enforcement.platform.partners;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a pushed delivery is signed, so that a partner knows it came from the platform, unchanged and recent:
 * {@code X-Enforcement-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>} with
 * {@code X-Enforcement-Timestamp: <Unix seconds>}. A receiver recomputes it over the raw body and refuses a
 * timestamp outside its replay window.
 */
public final class PushSignature {

    public static final String SIGNATURE_HEADER = "X-Enforcement-Signature";
    public static final String TIMESTAMP_HEADER = "X-Enforcement-Timestamp";
    private static final String SCHEME = "sha256=";

    private PushSignature() {
    }

    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return SCHEME + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    /** What a receiver checks: the signature over this body and timestamp, and a timestamp within the window of now. */
    public static boolean verify(String secret, String timestamp, String body, String signature, Instant now, Duration window) {
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - seconds) > window.toSeconds() || signature == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(secret, seconds, body).getBytes(StandardCharsets.UTF_8),
                signature.getBytes(StandardCharsets.UTF_8));
    }
}

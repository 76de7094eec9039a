package cn.enforcement.gateway.domain;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;

/**
 * The path a request is routed and forwarded by, normalised as RFC 3986 (section 6) says: percent-encoded
 * unreserved characters decoded, dot segments removed. A path that could mean one thing to the gateway
 * and another to a service is refused: encoded slash, backslash or NUL, raw backslash, control characters.
 * Routing the raw path let {@code /public/v1/credentials/%2e%2e/...} reach a staff route as a public one.
 */
public final class RequestPath {

    private static final String UNRESERVED_PUNCTUATION = "-._~";

    private RequestPath() {
    }

    /** The normalised path, or empty when the path is refused. */
    public static Optional<String> normalise(String raw) {
        if (raw == null || raw.isEmpty() || raw.charAt(0) != '/') {
            return Optional.empty();
        }
        StringBuilder decoded = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x21 || c == 0x7f || c == '\\') {
                return Optional.empty();
            }
            if (c != '%') {
                decoded.append(c);
                continue;
            }
            if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0 || Character.digit(raw.charAt(i + 2), 16) < 0) {
                return Optional.empty();
            }
            char value = (char) Integer.parseInt(raw.substring(i + 1, i + 3), 16);
            if (value == '/' || value == '\\' || value < 0x20 || value == 0x7f) {
                return Optional.empty();
            }
            if (Character.isLetterOrDigit(value) && value < 0x80 || UNRESERVED_PUNCTUATION.indexOf(value) >= 0) {
                decoded.append(value);
            } else {
                decoded.append('%').append(raw.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
            }
            i += 2;
        }
        return Optional.of(withoutDotSegments(decoded.toString()));
    }

    private static String withoutDotSegments(String path) {
        Deque<String> segments = new ArrayDeque<>();
        String[] parts = path.substring(1).split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String segment = parts[i];
            boolean last = i == parts.length - 1;
            if (segment.equals("..")) {
                segments.pollLast();
                if (last) {
                    segments.add("");
                }
            } else if (segment.equals(".")) {
                if (last) {
                    segments.add("");
                }
            } else {
                segments.add(segment);
            }
        }
        return "/" + String.join("/", segments);
    }
}

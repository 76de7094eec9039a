package cn.enforcement.platform.paging;

import cn.enforcement.problem.PlatformProblem;
import cn.enforcement.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The position after the last row of a page in keyset pagination (sort key, then id as tie-breaker),
 * handed to clients as an opaque token: a client passes {@code next} back as {@code after}.
 */
public record KeysetCursor(String sortKey, String id) {

    private static final int MAX_LENGTH = 400;
    private static final char SEPARATOR = '\n';

    /** A position in a list ordered by id alone. */
    public static KeysetCursor byId(String id) {
        return new KeysetCursor("", id);
    }

    /** The cursor a client sent, or empty for the first page; a token we did not issue is a 400. */
    public static Optional<KeysetCursor> parse(String after) {
        if (after == null || after.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (after.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("too long");
            }
            String decoded = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            int split = decoded.indexOf(SEPARATOR);
            if (split < 0) {
                throw new IllegalArgumentException("no separator");
            }
            return Optional.of(new KeysetCursor(decoded.substring(0, split), decoded.substring(split + 1)));
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
    }

    /** The next cursor when the page is full, else null: a shorter page is the last. */
    public static <T> String nextAfter(List<T> page, int limit, Function<T, KeysetCursor> position) {
        return page.size() < limit || page.isEmpty() ? null : position.apply(page.get(page.size() - 1)).encode();
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((sortKey + SEPARATOR + id).getBytes(StandardCharsets.UTF_8));
    }

    public long sortKeyAsLong() {
        try {
            return Long.parseLong(sortKey);
        } catch (NumberFormatException e) {
            throw malformed();
        }
    }

    public Instant sortKeyAsInstant() {
        try {
            return Instant.parse(sortKey);
        } catch (DateTimeParseException e) {
            throw malformed();
        }
    }

    private static ProblemException malformed() {
        return PlatformProblem.CURSOR_MALFORMED.refuse("after must be the next value of a previous page");
    }
}

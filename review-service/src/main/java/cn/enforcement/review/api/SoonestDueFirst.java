package cn.enforcement.review.api;

import cn.enforcement.platform.paging.KeysetCursor;
import cn.enforcement.platform.security.ScopedQuery;
import cn.enforcement.problem.PlatformProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Keyset pages of a list ordered by its last day ({@code dueOn}), then an id: the ledger's and the complaints' order. */
final class SoonestDueFirst {

    private SoonestDueFirst() {
    }

    /** The query ordered soonest due first, from after the cursor a client passed back (none: the first page). */
    static String after(ScopedQuery query, String idField, String after) {
        String where = query.orderedBy("dueOn, " + idField);
        Optional<KeysetCursor> cursor = KeysetCursor.parse(after);
        if (cursor.isPresent()) {
            where = where.replace(" order by ", " and (dueOn > :afterDay or (dueOn = :afterDay and " + idField + " > :afterId)) order by ");
            query.parameters().put("afterDay", dayOf(cursor.get()));
            query.parameters().put("afterId", cursor.get().id());
        }
        return where;
    }

    /** The cursor of the next page, or null after the last. */
    static <T> String next(List<T> page, int limit, Function<T, LocalDate> dueOn, Function<T, String> id) {
        return KeysetCursor.nextAfter(page, limit, row -> new KeysetCursor(dueOn.apply(row).toString(), id.apply(row)));
    }

    private static LocalDate dayOf(KeysetCursor cursor) {
        try {
            return LocalDate.parse(cursor.sortKey());
        } catch (DateTimeParseException e) {
            throw PlatformProblem.CURSOR_MALFORMED.refuse("after must be the next value of a previous page");
        }
    }
}

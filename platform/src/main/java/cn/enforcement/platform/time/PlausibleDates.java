package cn.enforcement.platform.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The years a record of this platform can be about. A date outside them is a client's mistake (a typed
 * 20261 for 2026), and the database cannot hold every year Java can.
 */
public final class PlausibleDates {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2999;

    private PlausibleDates() {
    }

    private static final Instant FIRST_INSTANT = LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant END_INSTANT = LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

    public static boolean contains(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    /** Compared as instants: the last instants Java knows have no date in any zone, and would fail to convert. */
    public static boolean contains(Instant instant) {
        return !instant.isBefore(FIRST_INSTANT) && instant.isBefore(END_INSTANT);
    }

    public static String range() {
        return "between " + FIRST_YEAR + " and " + LAST_YEAR;
    }
}

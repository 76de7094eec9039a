package cn.enforcement.platform.time;

import java.time.LocalDate;

/**
 * The years a record of this platform can be about. A date outside them is a client's mistake (a typed
 * 20261 for 2026), and the database cannot hold every year Java can.
 */
public final class PlausibleDates {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2999;

    private PlausibleDates() {
    }

    public static boolean contains(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    public static String range() {
        return "between " + FIRST_YEAR + " and " + LAST_YEAR;
    }
}

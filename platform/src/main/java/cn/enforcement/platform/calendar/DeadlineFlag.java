package cn.enforcement.platform.calendar;

import java.time.LocalDate;

/** How a deadline stands today, as supervisors' lists colour it (seeds 001, 003): yellow when near, red once passed. */
public enum DeadlineFlag {
    GREEN, YELLOW, RED;

    /** Yellow from {@code warningDays} calendar days before the last day, red the day after it. */
    public static DeadlineFlag of(LocalDate dueOn, LocalDate today, int warningDays) {
        if (today.isAfter(dueOn)) {
            return RED;
        }
        return today.plusDays(warningDays).isBefore(dueOn) ? GREEN : YELLOW;
    }

    /** The last days (inclusive; null: open) of the deadlines that have this colour today: what a list of one colour queries. */
    public record DueWindow(LocalDate from, LocalDate to) {
    }

    public DueWindow dueWindow(LocalDate today, int warningDays) {
        return switch (this) {
            case RED -> new DueWindow(null, today.minusDays(1));
            case YELLOW -> new DueWindow(today, today.plusDays(warningDays));
            case GREEN -> new DueWindow(today.plusDays(warningDays + 1L), null);
        };
    }
}

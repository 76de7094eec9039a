package cn.enforcement.cases.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * PL 73 (3): while the party's application for reconsideration (行政复议) or lawsuit (行政诉讼) is
 * pending, the late fee does not accrue. A remedy is pending from the day it was filed through the
 * day it was concluded, both included; one not yet concluded is pending still. A day on which two
 * remedies are pending counts once.
 */
public final class RemedyPause {

    /** One remedy's pending period; {@code concludedOn} is null while it is pending. */
    public record Pending(LocalDate filedOn, LocalDate concludedOn) {

        boolean covers(LocalDate day) {
            return !day.isBefore(filedOn) && (concludedOn == null || !day.isAfter(concludedOn));
        }
    }

    private RemedyPause() {
    }

    /** The late days after {@code dueDate}, up to and including {@code paidOn}, on which a remedy was pending. */
    public static long daysPending(List<Pending> remedies, LocalDate dueDate, LocalDate paidOn) {
        long days = 0;
        for (LocalDate day = dueDate.plusDays(1); !day.isAfter(paidOn); day = day.plusDays(1)) {
            LocalDate late = day;
            if (remedies.stream().anyMatch(remedy -> remedy.covers(late))) {
                days++;
            }
        }
        return days;
    }
}

package cn.enforcement.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Which days are working days (工作日): Monday to Friday, except statutory holidays, plus the
 * weekend days the State Council makes working days around holidays (调休). Periods of 2, 3, 5 and
 * 7 days in the Administrative Penalty Law, and of 10 days or less in the Coercion Law, count
 * working days only (PL 85, CL 69). The days themselves are data, kept per year.
 */
public final class WorkingCalendar {

    public enum DayKind {
        @Schema(description = "法定节假日: a public holiday, not a working day")
        HOLIDAY,
        @Schema(description = "调休上班日: a weekend day worked in exchange for a holiday, a working day")
        MAKE_UP_WORKING_DAY
    }

    public record SpecialDay(LocalDate day, DayKind kind, String name) {
    }

    private final Map<LocalDate, SpecialDay> specialDays;

    public WorkingCalendar(Map<LocalDate, SpecialDay> specialDays) {
        this.specialDays = Map.copyOf(specialDays);
    }

    public static WorkingCalendar of(Collection<SpecialDay> days) {
        Map<LocalDate, SpecialDay> byDay = new HashMap<>();
        days.forEach(d -> byDay.put(d.day(), d));
        return new WorkingCalendar(byDay);
    }

    public boolean isWorkingDay(LocalDate day) {
        SpecialDay special = specialDays.get(day);
        if (special != null) {
            return special.kind() == DayKind.MAKE_UP_WORKING_DAY;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * The last day of a period of {@code workingDays} working days starting the day after
     * {@code start} (the day of the triggering act is not counted), with an account of how it was
     * counted: the days passed over and the make-up days counted.
     */
    public Computation addWorkingDays(LocalDate start, int workingDays) {
        List<String> notes = new ArrayList<>();
        LocalDate day = start;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            SpecialDay special = specialDays.get(day);
            if (isWorkingDay(day)) {
                counted++;
                if (special != null) {
                    notes.add(day + " counted: make-up working day (" + special.name() + ")");
                }
            } else if (special != null) {
                notes.add(day + " not counted: holiday (" + special.name() + ")");
            } else {
                notes.add(day + " not counted: " + day.getDayOfWeek().toString().toLowerCase());
            }
        }
        String explanation = workingDays + " working days after " + start + " (the start day not counted)"
                + (notes.isEmpty() ? "" : "; " + String.join("; ", notes)) + "; last day " + day;
        return new Computation(day, explanation);
    }

    /** A due date and how it was reached. */
    public record Computation(LocalDate lastDay, String explanation) {
    }
}

package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.calendar.CalendarDay;
import cn.enforcement.cases.domain.calendar.CalendarService;
import cn.enforcement.platform.calendar.WorkingCalendar;
import cn.enforcement.cases.domain.calendar.CalendarService.DayEntry;
import cn.enforcement.platform.problem.ProblemException;
import cn.enforcement.platform.security.AgencyScope;
import cn.enforcement.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.LocalDate;
import java.util.List;

/** The working-day calendar (holidays and make-up working days) by year. */
@Path("/api/v1/working-calendar/{year}")
@RolesAllowed({ Roles.OFFICER, Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR })
public class CalendarResource {

    private final CalendarService calendar;
    private final AgencyScope scope;

    CalendarResource(CalendarService calendar, AgencyScope scope) {
        this.calendar = calendar;
        this.scope = scope;
    }

    public record Day(@NotNull LocalDate day, @NotNull WorkingCalendar.DayKind kind, @NotBlank String name, boolean provisional) {
    }

    public record YearView(int year, List<Day> days) {
    }

    public record YearEdit(@NotNull List<@Valid @NotNull Day> days) {
    }

    public record EditResult(int year, int days, int deadlinesMoved) {
    }

    @GET
    public YearView get(@PathParam("year") int year) {
        return new YearView(year, CalendarDay.ofYear(year).stream().map(d -> new Day(d.day, d.kind, d.name, d.provisional)).toList());
    }

    /** Replaces the year's special days, e.g. with the State Council's notice; open deadlines are recomputed. */
    @PUT
    @RolesAllowed(Roles.SUPERVISOR)
    public EditResult replace(@PathParam("year") int year, @Valid @NotNull YearEdit body) {
        scope.requireProvincialSupervisor();
        if (body.days().stream().anyMatch(d -> d.day().getYear() != year)) {
            throw ProblemException.unprocessable("CALENDAR_DAY_OUTSIDE_YEAR", "Day outside the year",
                    "every day of the edit must fall in " + year);
        }
        int moved = calendar.replaceYear(year, body.days().stream().map(d -> new DayEntry(d.day(), d.kind(), d.name())).toList());
        return new EditResult(year, body.days().size(), moved);
    }
}

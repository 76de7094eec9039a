package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.CaseProblem;
import cn.enforcement.cases.domain.calendar.CalendarDay;
import cn.enforcement.cases.domain.calendar.CalendarService.DayEntry;
import cn.enforcement.cases.domain.calendar.CalendarService;
import cn.enforcement.platform.calendar.WorkingCalendar;
import cn.enforcement.platform.security.AgencyScope;
import cn.enforcement.platform.security.Roles;
import cn.enforcement.platform.time.PlausibleDates;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The working-day calendar (holidays and make-up working days) by year. */
@Tag(name = "rule data")
@Path("/api/v1/working-calendar/{year}")
@RolesAllowed({ Roles.OFFICER, Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR })
public class CalendarResource {

    private final CalendarService calendar;
    private final AgencyScope scope;
    private final RuleDataHistory history;

    CalendarResource(CalendarService calendar, AgencyScope scope, RuleDataHistory history) {
        this.calendar = calendar;
        this.scope = scope;
        this.history = history;
    }

    public record Day(@NotNull LocalDate day, @NotNull WorkingCalendar.DayKind kind, @NotBlank @Size(max = 50) String name,
            boolean provisional) {
    }

    @Schema(name = "WorkingCalendarYear")
    public record YearView(int year, List<Day> days) {
    }

    public record YearEdit(@NotNull @Size(max = 366) List<@Valid @NotNull Day> days) {
    }

    public record EditResult(int year, int days, int deadlinesMoved) {
    }

    @Operation(operationId = "getWorkingCalendar", summary = "The year's holidays and make-up working days (PL 85)",
            description = "The public holidays and make-up working days (法定节假日、调休) by which periods in working days are "
                    + "counted (PL 85: the periods of two, three, five and seven days are working days). A provisional"
                    + " day was set before the State Council published the year.")
    @GET
    public YearView get(@PathParam("year") @Min(PlausibleDates.FIRST_YEAR) @Max(PlausibleDates.LAST_YEAR) int year) {
        return new YearView(year, CalendarDay.ofYear(year).stream().map(d -> new Day(d.day, d.kind, d.name, d.provisional)).toList());
    }

    /** Replaces the year's special days, e.g. with the State Council's notice; open deadlines are recomputed. */
    @Operation(operationId = "replaceWorkingCalendar", summary = "Set the year's holidays and make-up days; open deadlines are recomputed")
    @PUT
    @RolesAllowed(Roles.SUPERVISOR)
    @Transactional
    public EditResult replace(@PathParam("year") @Min(PlausibleDates.FIRST_YEAR) @Max(PlausibleDates.LAST_YEAR) int year,
            @Valid @NotNull YearEdit body) {
        scope.requireProvincialSupervisor();
        if (body.days().stream().anyMatch(d -> d.day().getYear() != year)) {
            throw CaseProblem.CALENDAR_DAY_OUTSIDE_YEAR.refuse("every day of the edit must fall in " + year);
        }
        int moved = calendar.replaceYear(year, body.days().stream().map(d -> new DayEntry(d.day(), d.kind(), d.name())).toList());
        history.record(dataKeyOf(year), scope.subject(), body);
        return new EditResult(year, body.days().size(), moved);
    }

    /** Every version of the year's special days, with who set it and when. */
    @Operation(operationId = "listWorkingCalendarChanges", summary = "Every version of the year's calendar, with who set it and when",
            description = "Every version of the year's special days, who set it and when: a deadline computed before a "
                    + "change is explained by the version in force then.")
    @GET
    @Path("/changes")
    public List<RuleDataHistory.Version> changes(@PathParam("year") @Min(PlausibleDates.FIRST_YEAR) @Max(PlausibleDates.LAST_YEAR) int year) {
        return history.of(dataKeyOf(year));
    }

    private static String dataKeyOf(int year) {
        return "working-calendar:" + year;
    }
}

package cn.enforcement.personnel.api;

import cn.enforcement.platform.time.BeijingTime;
import cn.enforcement.personnel.domain.Officer;
import cn.enforcement.personnel.domain.TrainingLedger;
import cn.enforcement.personnel.domain.TrainingRecord;
import cn.enforcement.platform.idempotency.IdempotentCommand;
import cn.enforcement.platform.security.Roles;
import cn.enforcement.platform.time.PlausibleDates;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Officers' training hours (培训学时). */
@Tag(name = "officers")
@Path("/api/v1/officers/{officerId}/trainings")
public class TrainingResource {

    private final TrainingLedger ledger;
    private final OfficerAccess access;
    private final Clock clock;

    TrainingResource(TrainingLedger ledger, OfficerAccess access, Clock clock) {
        this.ledger = ledger;
        this.access = access;
        this.clock = clock;
    }

    public record Training(
            @NotBlank @Size(max = 200) String course,
            @NotNull TrainingRecord.Kind kind,
            @NotNull @DecimalMin(value = "0.5") @DecimalMax("200") @Digits(integer = 3, fraction = 1) BigDecimal hours,
            @NotNull @PastOrPresent LocalDate completedOn) {
    }

    public record TrainingView(long id, String course, TrainingRecord.Kind kind, BigDecimal hours, LocalDate completedOn) {
        static TrainingView of(TrainingRecord record) {
            return new TrainingView(record.id, record.course, record.kind, record.hours, record.completedOn);
        }
    }

    @Schema(name = "TrainingYear")
    public record YearView(String officerId, int year, BigDecimal hours, BigDecimal required, BigDecimal shortfall,
            List<TrainingView> courses) {
        static YearView of(String officerId, TrainingLedger.YearSummary summary) {
            return new YearView(officerId, summary.year(), summary.hours(), summary.required(), summary.shortfall(),
                    summary.courses().stream().map(TrainingView::of).toList());
        }
    }

    @Operation(operationId = "recordTraining", summary = "Record training hours (培训学时)")
    @POST
    @RolesAllowed(Roles.PERSONNEL_ADMIN)
    @Transactional
    @IdempotentCommand
    public RestResponse<TrainingView> recordTraining(@PathParam("officerId") String officerId, @Valid @NotNull Training body) {
        TrainingRecord record = ledger.recordTraining(access.manageable(officerId), body.course(), body.kind(), body.hours(),
                body.completedOn());
        return RestResponse.ResponseBuilder.<TrainingView>created(URI.create("/api/v1/officers/" + officerId + "/trainings?year="
                + record.completedOn.getYear())).entity(TrainingView.of(record)).build();
    }

    /** The year's courses, total hours and shortfall against the yearly minimum. */
    @Operation(operationId = "getTrainingOfYear", summary = "The year's courses, total hours and shortfall")
    @GET
    @RolesAllowed({ Roles.PERSONNEL_ADMIN, Roles.SUPERVISOR, Roles.OFFICER })
    public YearView trainingOfYear(@PathParam("officerId") String officerId, @QueryParam("year") @Min(PlausibleDates.FIRST_YEAR) @Max(PlausibleDates.LAST_YEAR) Integer year) {
        Officer officer = access.readable(officerId);
        int shownYear = year != null ? year : BeijingTime.today(clock).getYear();
        return YearView.of(officerId, ledger.summary(officer, shownYear));
    }
}

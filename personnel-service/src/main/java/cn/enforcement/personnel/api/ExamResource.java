package cn.enforcement.personnel.api;

import cn.enforcement.personnel.domain.ExamResult;
import cn.enforcement.personnel.domain.TrainingLedger;
import cn.enforcement.platform.idempotency.IdempotentCommand;
import cn.enforcement.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Officers' qualification exams (执法资格考试); the pass mark is configuration. */
@Tag(name = "officers")
@Path("/api/v1/officers/{officerId}/exams")
public class ExamResource {

    private final TrainingLedger ledger;
    private final OfficerAccess access;

    ExamResource(TrainingLedger ledger, OfficerAccess access) {
        this.ledger = ledger;
        this.access = access;
    }

    public record Exam(
            @NotNull @PastOrPresent LocalDate examDate,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 1) BigDecimal score) {
    }

    public record ExamView(long id, LocalDate examDate, BigDecimal score, boolean passed) {
        static ExamView of(ExamResult result) {
            return new ExamView(result.id, result.examDate, result.score, result.passed);
        }
    }

    @Operation(operationId = "recordExam", summary = "Record a qualification exam (执法资格考试)")
    @POST
    @RolesAllowed(Roles.PERSONNEL_ADMIN)
    @Transactional
    @IdempotentCommand
    public RestResponse<ExamView> recordExam(@PathParam("officerId") String officerId, @Valid @NotNull Exam body) {
        ExamResult result = ledger.recordExam(access.manageable(officerId), body.examDate(), body.score());
        return RestResponse.ResponseBuilder.<ExamView>created(URI.create("/api/v1/officers/" + officerId + "/exams"))
                .entity(ExamView.of(result)).build();
    }

    @Operation(operationId = "listExams", summary = "The officer's qualification exams")
    @GET
    @RolesAllowed({ Roles.PERSONNEL_ADMIN, Roles.SUPERVISOR, Roles.OFFICER })
    public List<ExamView> exams(@PathParam("officerId") String officerId) {
        access.readable(officerId);
        return ExamResult.of(officerId).stream().map(ExamView::of).toList();
    }
}

package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.preservation.EvidencePreservation;
import cn.enforcement.cases.domain.preservation.PreservationProcedure;
import cn.enforcement.cases.domain.preservation.PreservedItem;
import cn.enforcement.platform.idempotency.IdempotentCommand;
import cn.enforcement.platform.security.Roles;
import cn.enforcement.platform.time.BeijingTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Evidence registered and kept where it is (先行登记保存, PL 56): asked for, approved by the head, handled in 7 working days. */
@Tag(name = "case procedure")
@Path("/api/v1/cases/{caseId}/evidence-preservations")
@Transactional
public class EvidencePreservationResource {

    private final PreservationProcedure procedure;
    private final CaseActs acts;
    private final CaseAccess access;
    private final Clock clock;

    EvidencePreservationResource(PreservationProcedure procedure, CaseActs acts, CaseAccess access, Clock clock) {
        this.procedure = procedure;
        this.acts = acts;
        this.access = access;
        this.clock = clock;
    }

    @Operation(operationId = "requestEvidencePreservation", summary = "Ask the head to approve registering and keeping evidence (先行登记保存, PL 56)")
    @POST
    @RolesAllowed(Roles.OFFICER)
    @IdempotentCommand
    public RestResponse<PreservationView> request(@PathParam("caseId") String caseId, @Valid @NotNull PreservationRequest body) {
        List<PreservedItem> items = body.items().stream().map(i -> new PreservedItem(i.name(), i.quantity(), i.description())).toList();
        EvidencePreservation preservation = acts.onRecordByHandlingOfficer(caseId,
                (c, act) -> procedure.request(c, items, body.keptAt(), body.reasons(), act));
        return RestResponse.ResponseBuilder.<PreservationView>created(
                URI.create("/api/v1/cases/" + caseId + "/evidence-preservations/" + preservation.preservationId)).entity(view(preservation)).build();
    }

    @Operation(operationId = "approveEvidencePreservation", summary = "Approve the preservation; its handling is due within 7 working days")
    @POST
    @Path("/{preservationId}/approval")
    @RolesAllowed(Roles.AGENCY_HEAD)
    @IdempotentCommand
    public PreservationView approve(@PathParam("caseId") String caseId, @PathParam("preservationId") String preservationId) {
        return view(acts.onRecordByHead(caseId, (c, act) -> procedure.approve(c, preservationId, act)));
    }

    @Operation(operationId = "handleEvidencePreservation", summary = "Record the handling decision of the preserved evidence (处理决定)")
    @POST
    @Path("/{preservationId}/handling")
    @RolesAllowed(Roles.OFFICER)
    @IdempotentCommand
    public PreservationView handle(@PathParam("caseId") String caseId, @PathParam("preservationId") String preservationId,
            @Valid @NotNull PreservationHandlingInput body) {
        return view(acts.onRecordByHandlingOfficer(caseId, (c, act) -> procedure.handle(c, preservationId, body.handling(), body.note(),
                act)));
    }

    @Operation(operationId = "listEvidencePreservations", summary = "The case's evidence preservations, oldest first")
    @GET
    @RolesAllowed({Roles.OFFICER, Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR})
    public List<PreservationView> list(@PathParam("caseId") String caseId) {
        access.forRead(caseId);
        return EvidencePreservation.ofCase(caseId).stream().map(this::view).toList();
    }

    private PreservationView view(EvidencePreservation preservation) {
        return PreservationView.of(preservation, BeijingTime.today(clock));
    }
}

package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.procedure.Remedies;
import cn.enforcement.platform.idempotency.IdempotentCommand;
import cn.enforcement.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The party applied for reconsideration or filed a lawsuit (PL 73): the late fee pauses while it is pending. */
@Tag(name = "case procedure")
@Path("/api/v1/cases")
@Transactional
@IdempotentCommand
public class RemedyResource {

    private final Remedies remedies;
    private final CaseActs acts;

    RemedyResource(Remedies remedies, CaseActs acts) {
        this.remedies = remedies;
        this.acts = acts;
    }

    @Operation(operationId = "recordRemedy", summary = "Record a reconsideration or lawsuit against the decision (复议/诉讼)")
    @POST
    @Path("/{caseId}/remedies")
    @RolesAllowed({ Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER })
    public RestResponse<CaseView> recordRemedy(@PathParam("caseId") String caseId, @Valid @NotNull RemedyInput body) {
        return acts.byLegalOffice(caseId, (c, act) -> remedies.record(c, body.kind(), body.reviewingBody(), body.reference(), body.filedOn(),
                act));
    }

    @Operation(operationId = "concludeRemedy", summary = "Record the outcome of a reconsideration or lawsuit")
    @POST
    @Path("/{caseId}/remedies/{remedyId}/conclusion")
    @RolesAllowed({ Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER })
    public RestResponse<CaseView> concludeRemedy(@PathParam("caseId") String caseId, @PathParam("remedyId") String remedyId,
            @Valid @NotNull RemedyConclusion body) {
        return acts.byLegalOffice(caseId, (c, act) -> remedies.conclude(c, remedyId, body.concludedOn(), body.outcome(), act));
    }
}

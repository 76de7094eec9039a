package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.procedure.Closure;
import cn.enforcement.platform.idempotency.IdempotentCommand;
import cn.enforcement.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Closing (结案) and archiving (归档), by the agency head. */
@Tag(name = "case procedure")
@Path("/api/v1/cases")
@Transactional
@IdempotentCommand
public class ClosureResource {

    private final Closure closure;
    private final CaseActs acts;

    ClosureResource(Closure closure, CaseActs acts) {
        this.closure = closure;
        this.acts = acts;
    }

    @Operation(operationId = "closeCase", summary = "Close the case (结案) once paid, served or answered")
    @POST
    @Path("/{caseId}/closure")
    @RolesAllowed(Roles.AGENCY_HEAD)
    public RestResponse<CaseView> close(@PathParam("caseId") String caseId) {
        return acts.byHead(caseId, (c, act) -> closure.close(c, act));
    }

    @Operation(operationId = "archiveCase", summary = "Archive a closed case (归档)")
    @POST
    @Path("/{caseId}/archive")
    @RolesAllowed(Roles.AGENCY_HEAD)
    public RestResponse<CaseView> archive(@PathParam("caseId") String caseId) {
        return acts.byHead(caseId, (c, act) -> closure.archive(c, act));
    }
}

package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.procedure.CaseFiling;
import cn.enforcement.platform.security.AgencyScope;
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

/** Filing (立案): officers file, the agency head approves and assigns the handling officers. */
@Path("/api/v1/cases")
@Transactional
@IdempotentCommand
public class FilingResource {

    private final CaseFiling filing;
    private final CaseActs acts;
    private final CaseAccess access;
    private final AgencyScope scope;

    FilingResource(CaseFiling filing, CaseActs acts, CaseAccess access, AgencyScope scope) {
        this.filing = filing;
        this.acts = acts;
        this.access = access;
        this.scope = scope;
    }

    @POST
    @RolesAllowed(Roles.OFFICER)
    public RestResponse<CaseView> file(@Valid @NotNull FilingInput body) {
        access.requireHandles(body.handlingCredentials());
        return acts.file(() -> filing.file(body.toFiling(), scope.agencyCode(), scope.regionCode().value(), acts.actor()));
    }

    @POST
    @Path("/{caseId}/filing-approval")
    @RolesAllowed(Roles.AGENCY_HEAD)
    public RestResponse<CaseView> approveFiling(@PathParam("caseId") String caseId) {
        return acts.byHead(caseId, c -> filing.approveFiling(c, acts.actor()));
    }

    @POST
    @Path("/{caseId}/officers")
    @RolesAllowed(Roles.AGENCY_HEAD)
    public RestResponse<CaseView> assignOfficers(@PathParam("caseId") String caseId, @Valid @NotNull Officers body) {
        return acts.byHead(caseId, c -> filing.assignOfficers(c, body.handlingCredentials(), acts.actor()));
    }
}

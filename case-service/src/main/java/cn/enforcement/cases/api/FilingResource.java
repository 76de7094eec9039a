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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Filing (立案): officers file, the agency head approves and assigns the handling officers. */
@Tag(name = "cases")
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

    @Operation(operationId = "fileCase", summary = "File a case (立案, PL 54), or decide a summary case on the spot (PL 51)")
    @POST
    @RolesAllowed(Roles.OFFICER)
    public RestResponse<CaseView> file(@Valid @NotNull FilingInput body) {
        access.requireHandles(body.handlingCredentials());
        return acts.file(act -> filing.file(body.toFiling(), scope.agencyCode(), scope.regionCode().value(), act));
    }

    @Operation(operationId = "approveFiling", summary = "The head approves the filing (TR 62), or records a summary decision (TR 61)")
    @POST
    @Path("/{caseId}/filing-approval")
    @RolesAllowed(Roles.AGENCY_HEAD)
    public RestResponse<CaseView> approveFiling(@PathParam("caseId") String caseId) {
        return acts.byHead(caseId, (c, act) -> filing.approveFiling(c, act));
    }

    @Operation(operationId = "namePersons", summary = "Name further persons or vehicles the case involves (a witness, a driver)")
    @POST
    @Path("/{caseId}/persons")
    @RolesAllowed(Roles.OFFICER)
    public RestResponse<CaseView> namePersons(@PathParam("caseId") String caseId, @Valid @NotNull NamedPersonsInput body) {
        return acts.byHandlingOfficer(caseId, (c, act) -> filing.namePersons(c, body.toPersons(), body.toPlates(), act));
    }

    @Operation(operationId = "assignOfficers", summary = "Assign the case's handling officers (PL 42)")
    @POST
    @Path("/{caseId}/officers")
    @RolesAllowed(Roles.AGENCY_HEAD)
    public RestResponse<CaseView> assignOfficers(@PathParam("caseId") String caseId, @Valid @NotNull Officers body) {
        return acts.byHead(caseId, (c, act) -> filing.assignOfficers(c, body.handlingCredentials(), act));
    }
}

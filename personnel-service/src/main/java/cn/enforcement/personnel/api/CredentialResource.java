package cn.enforcement.personnel.api;

import cn.enforcement.personnel.api.OfficerResource.CredentialView;
import cn.enforcement.personnel.domain.Credential;
import cn.enforcement.personnel.domain.Officer;
import cn.enforcement.platform.problem.ProblemException;
import cn.enforcement.platform.security.AgencyScope;
import cn.enforcement.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Credentials by number, for the agency and its supervisors. */
@Path("/api/v1/credentials")
public class CredentialResource {

    private final AgencyScope scope;

    CredentialResource(AgencyScope scope) {
        this.scope = scope;
    }

    @GET
    @Path("/{credentialNumber}")
    @RolesAllowed({ Roles.PERSONNEL_ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.AGENCY_HEAD })
    public CredentialView get(@PathParam("credentialNumber") String credentialNumber) {
        Credential credential = Credential.<Credential>findByIdOptional(credentialNumber)
                .orElseThrow(() -> ProblemException.notFound("CREDENTIAL_NOT_FOUND", "no credential " + credentialNumber));
        Officer officer = Officer.findById(credential.officerId);
        scope.requireRead(officer.agencyCode, officer.regionCode);
        return CredentialView.of(credential);
    }
}

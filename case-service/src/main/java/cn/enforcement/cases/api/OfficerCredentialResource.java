package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.CaseProblem;
import cn.enforcement.cases.readmodel.OfficerCredential;
import cn.enforcement.problem.ProblemException;
import cn.enforcement.platform.security.AgencyScope;
import cn.enforcement.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What case-service knows of a credential: the status its guards use when an officer acts. */
@Tag(name = "credentials")
@Path("/api/v1/officer-credentials")
public class OfficerCredentialResource {

    private final AgencyScope scope;

    OfficerCredentialResource(AgencyScope scope) {
        this.scope = scope;
    }

    public record OfficerCredentialView(String credentialNumber, String officerId, String officerName, String agencyCode,
            String status, boolean annualReviewOverdue, LocalDate validFrom, LocalDate validTo) {
    }

    @Operation(operationId = "getOfficerCredential", summary = "What case-service knows of a credential: who may act in a case")
    @GET
    @Path("/{credentialNumber}")
    @RolesAllowed({ Roles.OFFICER, Roles.AGENCY_HEAD, Roles.SUPERVISOR, Roles.PERSONNEL_ADMIN })
    public OfficerCredentialView get(@PathParam("credentialNumber") String credentialNumber) {
        OfficerCredential credential = OfficerCredential.<OfficerCredential>findByIdOptional(credentialNumber)
                .orElseThrow(() -> unknown(credentialNumber));
        scope.requireRead(credential.agencyCode, credential.regionCode, Roles.AGENCY_STAFF, () -> unknown(credentialNumber));
        return new OfficerCredentialView(credential.credentialNumber, credential.officerId, credential.officerName,
                credential.agencyCode, credential.status, credential.annualReviewOverdue, credential.validFrom, credential.validTo);
    }

    private static ProblemException unknown(String credentialNumber) {
        return CaseProblem.CREDENTIAL_NOT_KNOWN.refuse("case-service has no record of credential " + credentialNumber);
    }
}

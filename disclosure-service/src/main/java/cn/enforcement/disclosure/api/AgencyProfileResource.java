package cn.enforcement.disclosure.api;

import cn.enforcement.disclosure.domain.AgencyProfile;
import cn.enforcement.disclosure.domain.AgencyProfiles;
import cn.enforcement.disclosure.domain.DisclosureProblem;
import cn.enforcement.platform.idempotency.IdempotentCommand;
import cn.enforcement.platform.security.AgencyScope;
import cn.enforcement.platform.security.Roles;
import cn.enforcement.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The agency's public profile (事前公开), kept by its disclosure admin as dated versions. */
@Tag(name = "disclosure")
@Path("/api/v1/agency-profiles/{agencyCode}")
@Transactional
public class AgencyProfileResource {

    private final AgencyProfiles profiles;
    private final AgencyScope scope;

    AgencyProfileResource(AgencyProfiles profiles, AgencyScope scope) {
        this.profiles = profiles;
        this.scope = scope;
    }

    @Operation(operationId = "recordAgencyProfile", summary = "Record a new version of the agency's public profile (事前公开)")
    @PUT
    @RolesAllowed(Roles.DISCLOSURE_ADMIN)
    @IdempotentCommand
    public RestResponse<AgencyProfileView> record(@PathParam("agencyCode") String agencyCode, @Valid @NotNull AgencyProfileInput body) {
        scope.requireOwnAgency(agencyCode);
        AgencyProfile version = new AgencyProfile();
        version.agencyCode = agencyCode;
        version.regionCode = scope.regionCode().value();
        version.effectiveFrom = body.effectiveFrom();
        version.name = body.name();
        version.duties = body.duties();
        version.legalBasis = body.legalBasis();
        version.enforcementFields = body.enforcementFields();
        version.procedures = body.procedures();
        version.timeLimits = body.timeLimits();
        version.reconsiderationBody = body.reconsiderationBody();
        version.court = body.court();
        version.complaintPhone = body.complaintPhone();
        version.complaintMail = body.complaintMail();
        version.complaintAddress = body.complaintAddress();
        return RestResponse.ok(AgencyProfileView.of(profiles.record(version, scope.username()), true));
    }

    /** Every version, newest first: what was in force when. */
    @Operation(operationId = "listAgencyProfileVersions", summary = "Every version of the agency's profile, newest first")
    @GET
    @Path("/versions")
    @RolesAllowed({Roles.DISCLOSURE_ADMIN, Roles.AGENCY_HEAD, Roles.SUPERVISOR})
    public List<AgencyProfileView> versions(@PathParam("agencyCode") String agencyCode) {
        List<AgencyProfile> versions = AgencyProfile.list("agencyCode = ?1 order by effectiveFrom desc", agencyCode);
        Supplier<ProblemException> none = () -> DisclosureProblem.AGENCY_NOT_FOUND.refuse("no profile of agency " + agencyCode);
        if (versions.isEmpty()) {
            throw none.get();
        }
        scope.requireRead(agencyCode, versions.get(0).regionCode, Set.of(Roles.DISCLOSURE_ADMIN, Roles.AGENCY_HEAD), none);
        return versions.stream().map(p -> AgencyProfileView.of(p, false)).toList();
    }
}

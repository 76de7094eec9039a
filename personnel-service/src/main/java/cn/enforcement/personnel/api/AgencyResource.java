package cn.enforcement.personnel.api;

import cn.enforcement.personnel.domain.AgencyRegistry;
import cn.enforcement.personnel.domain.EnforcementAgency;
import cn.enforcement.personnel.domain.PersonnelProblem;
import cn.enforcement.platform.idempotency.IdempotentCommand;
import cn.enforcement.platform.security.AgencyScope;
import cn.enforcement.platform.security.RegionCode;
import cn.enforcement.platform.security.Roles;
import cn.enforcement.problem.PlatformProblem;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The registry of enforcement agencies (执法主体名录): every signed-in user reads it; a personnel admin records the
 * agencies of the region they administer (a provincial admin the whole province).
 */
@Tag(name = "agencies")
@Path("/api/v1/agencies")
public class AgencyResource {

    private final AgencyRegistry registry;
    private final AgencyScope scope;

    AgencyResource(AgencyRegistry registry, AgencyScope scope) {
        this.registry = registry;
        this.scope = scope;
    }

    @Operation(operationId = "listAgencies", summary = "The registry of enforcement agencies, by region and code")
    @GET
    @Authenticated
    public List<AgencyView> list() {
        return EnforcementAgency.<EnforcementAgency>list("order by regionCode, agencyCode").stream().map(AgencyView::of).toList();
    }

    @Operation(operationId = "getAgency", summary = "One enforcement agency of the registry")
    @GET
    @Path("/{agencyCode}")
    @Authenticated
    public AgencyView one(@PathParam("agencyCode") String agencyCode) {
        return AgencyView.of(find(agencyCode));
    }

    @Operation(operationId = "recordAgency", summary = "Register an enforcement agency, or record a change of one (published to every service)")
    @PUT
    @Path("/{agencyCode}")
    @RolesAllowed(Roles.PERSONNEL_ADMIN)
    @Transactional
    @IdempotentCommand
    public RestResponse<AgencyView> record(@PathParam("agencyCode") @Pattern(regexp = "\\d{9}", message = "must be a nine-digit agency code")
            String agencyCode, @Valid @NotNull AgencyInput body) {
        if (!scope.regionCode().covers(RegionCode.ofAgency(agencyCode))) {
            throw PlatformProblem.OUTSIDE_OWN_AGENCY.refuse("agency " + agencyCode + " lies outside region " + scope.regionCode().value());
        }
        return RestResponse.ok(AgencyView.of(registry.record(agencyCode, body.toRecord(), scope.actor())));
    }

    private static EnforcementAgency find(String agencyCode) {
        EnforcementAgency agency = agencyCode == null || agencyCode.length() > 9 ? null : EnforcementAgency.findById(agencyCode);
        if (agency == null) {
            throw PersonnelProblem.AGENCY_NOT_REGISTERED.refuse("no enforcement agency " + agencyCode);
        }
        return agency;
    }
}

package cn.enforcement.personnel.api;

import cn.enforcement.personnel.domain.Credential;
import cn.enforcement.personnel.domain.EnforcementField;
import cn.enforcement.personnel.domain.Officer;
import cn.enforcement.personnel.domain.OfficerRegistry;
import cn.enforcement.personnel.domain.ResidentIdNumber;
import cn.enforcement.platform.idempotency.IdempotentCommand;
import cn.enforcement.platform.problem.ProblemException;
import cn.enforcement.platform.security.AgencyScope;
import cn.enforcement.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/** The enforcement registry: officers of an agency and their credentials. */
@Path("/api/v1/officers")
public class OfficerResource {

    private final OfficerRegistry registry;
    private final AgencyScope scope;

    OfficerResource(OfficerRegistry registry, AgencyScope scope) {
        this.registry = registry;
        this.scope = scope;
    }

    public record OfficerRegistration(
            @NotBlank @Size(max = 50) String name,
            @NotBlank @Pattern(regexp = "MALE|FEMALE", message = "must be MALE or FEMALE") String gender,
            @NotBlank String idNumber,
            @NotBlank @Pattern(regexp = "\\d{9}", message = "must be nine digits") String agencyCode,
            @NotBlank @Pattern(regexp = "\\d{6}", message = "must be six digits") String regionCode,
            @NotBlank @Size(max = 50) String post,
            @NotEmpty List<@NotNull EnforcementField> enforcementFields) {
    }

    public record OfficerView(String officerId, String name, String gender, String idNumber, String agencyCode,
            String regionCode, String post, List<String> enforcementFields) {
    }

    public record CredentialIssue(@NotNull LocalDate validFrom, @NotNull LocalDate validTo) {
    }

    public record CredentialView(String credentialNumber, String officerId, String status, LocalDate validFrom,
            LocalDate validTo) {

        static CredentialView of(Credential credential) {
            return new CredentialView(credential.credentialNumber, credential.officerId, credential.status.name(),
                    credential.validFrom, credential.validTo);
        }
    }

    @POST
    @RolesAllowed(Roles.PERSONNEL_ADMIN)
    @IdempotentCommand
    public RestResponse<OfficerView> register(@Valid @NotNull OfficerRegistration body) {
        scope.requireOwnAgency(body.agencyCode());
        Officer officer = registry.register(new OfficerRegistry.Registration(body.name(), body.gender(), body.idNumber(),
                body.agencyCode(), body.regionCode(), body.post(), body.enforcementFields()));
        return RestResponse.ResponseBuilder.<OfficerView>created(URI.create("/api/v1/officers/" + officer.officerId))
                .entity(view(officer)).build();
    }

    @GET
    @Path("/{officerId}")
    @RolesAllowed({ Roles.PERSONNEL_ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.AGENCY_HEAD })
    public OfficerView get(@PathParam("officerId") String officerId) {
        Officer officer = readable(officerId);
        return view(officer);
    }

    @POST
    @Path("/{officerId}/credentials")
    @RolesAllowed(Roles.PERSONNEL_ADMIN)
    @IdempotentCommand
    public RestResponse<CredentialView> issueCredential(@PathParam("officerId") String officerId,
            @Valid @NotNull CredentialIssue body) {
        Officer officer = Officer.<Officer>findByIdOptional(officerId)
                .orElseThrow(() -> ProblemException.notFound("OFFICER_NOT_FOUND", "no officer " + officerId));
        scope.requireOwnAgency(officer.agencyCode);
        Credential credential = registry.issueCredential(officer, body.validFrom(), body.validTo());
        return RestResponse.ResponseBuilder.<CredentialView>created(
                URI.create("/api/v1/credentials/" + credential.credentialNumber)).entity(CredentialView.of(credential)).build();
    }

    private Officer readable(String officerId) {
        Officer officer = Officer.<Officer>findByIdOptional(officerId)
                .orElseThrow(() -> ProblemException.notFound("OFFICER_NOT_FOUND", "no officer " + officerId));
        scope.requireRead(officer.agencyCode, officer.regionCode);
        return officer;
    }

    private OfficerView view(Officer officer) {
        String idNumber = scope.hasRole(Roles.PERSONNEL_ADMIN) ? officer.idNumber : ResidentIdNumber.masked(officer.idNumber);
        return new OfficerView(officer.officerId, officer.name, officer.gender, idNumber, officer.agencyCode,
                officer.regionCode, officer.post, officer.enforcementFields);
    }
}

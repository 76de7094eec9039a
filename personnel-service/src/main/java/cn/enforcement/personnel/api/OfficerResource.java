package cn.enforcement.personnel.api;

import cn.enforcement.personnel.api.OfficerViews.CredentialView;
import cn.enforcement.personnel.api.OfficerViews.OfficerView;
import cn.enforcement.personnel.domain.Credential;
import cn.enforcement.personnel.domain.CredentialOffice;
import cn.enforcement.personnel.domain.EnforcementField;
import cn.enforcement.personnel.domain.Officer;
import cn.enforcement.personnel.domain.OfficerRegistry;
import cn.enforcement.personnel.domain.PersonnelProblem;
import cn.enforcement.platform.idempotency.IdempotentCommand;
import cn.enforcement.platform.paging.KeysetCursor;
import cn.enforcement.platform.security.AgencyScope;
import cn.enforcement.platform.security.RegionCode;
import cn.enforcement.platform.security.Roles;
import io.quarkus.panache.common.Parameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hibernate.validator.constraints.UniqueElements;
import org.jboss.resteasy.reactive.RestResponse;

/** The enforcement registry (执法人员): officers of an agency, their posts and credentials. */
@Tag(name = "officers")
@Path("/api/v1/officers")
public class OfficerResource {

    private final OfficerRegistry registry;
    private final CredentialOffice credentials;
    private final OfficerAccess access;
    private final AgencyScope scope;

    OfficerResource(OfficerRegistry registry, CredentialOffice credentials, OfficerAccess access, AgencyScope scope) {
        this.registry = registry;
        this.credentials = credentials;
        this.access = access;
        this.scope = scope;
    }

    public record OfficerRegistration(
            @NotBlank @Size(max = 50) String name,
            @NotBlank @Pattern(regexp = "MALE|FEMALE", message = "must be MALE or FEMALE") String gender,
            @NotBlank String idNumber,
            @NotBlank @Pattern(regexp = "\\d{9}", message = "must be nine digits") String agencyCode,
            @NotBlank @Pattern(regexp = "\\d{6}", message = "must be six digits") String regionCode,
            @NotBlank @Size(max = 50) String post,
            @NotEmpty @Size(max = 7) @UniqueElements List<@NotNull EnforcementField> enforcementFields,
            @Size(max = 100) String username,
            @Size(max = 50) String education,
            @Size(max = 200) String photoObjectKey) {
    }

    public record OfficerDetails(
            @NotBlank @Size(max = 50) String name,
            @NotBlank @Size(max = 50) String post,
            @NotEmpty @Size(max = 7) @UniqueElements List<@NotNull EnforcementField> enforcementFields,
            @Size(max = 50) String education,
            @Size(max = 200) String photoObjectKey) {
    }

    public record Move(
            @NotBlank @Pattern(regexp = "\\d{9}", message = "must be nine digits") String agencyCode,
            @NotBlank @Pattern(regexp = "\\d{6}", message = "must be six digits") String regionCode,
            @NotBlank @Size(max = 50) String post) {
    }

    public record Departure(@NotBlank @Size(max = 500) String reason) {
    }

    public record LegalQualification(@Size(max = 50) String certificateNumber, LocalDate obtainedOn) {
    }

    public record CredentialIssue(@NotNull LocalDate validFrom, @NotNull LocalDate validTo) {
    }

    public record OfficerPage(List<OfficerView> officers, String next) {
    }

    @Operation(operationId = "registerOfficer", summary = "Register an officer (own agency)")
    @POST
    @RolesAllowed(Roles.PERSONNEL_ADMIN)
    @Transactional
    @IdempotentCommand
    public RestResponse<OfficerView> register(@Valid @NotNull OfficerRegistration body) {
        scope.requireOwnAgency(body.agencyCode());
        Officer officer = registry.register(new OfficerRegistry.Registration(body.name(), body.gender(), body.idNumber(),
                body.agencyCode(), body.regionCode(), body.post(), body.enforcementFields(), body.username(),
                body.education(), body.photoObjectKey()));
        return RestResponse.ResponseBuilder.<OfficerView>created(URI.create("/api/v1/officers/" + officer.officerId))
                .entity(OfficerView.of(officer, true)).build();
    }

    /**
     * Searches the registry within the caller's scope: admins see their agency, supervisors their
     * region, officers themselves. Keyset pagination: pass {@code next} as {@code after}.
     */
    @Operation(operationId = "searchOfficers", summary = "Search the registry within your scope")
    @GET
    @RolesAllowed({ Roles.PERSONNEL_ADMIN, Roles.SUPERVISOR, Roles.OFFICER })
    public OfficerPage search(@QueryParam("agency") String agency, @QueryParam("region") String region,
            @QueryParam("post") String post, @QueryParam("field") EnforcementField field, @QueryParam("name") String name,
            @QueryParam("onPost") Boolean onPost, @QueryParam("after") String after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (scope.hasRole(Roles.PERSONNEL_ADMIN) || scope.hasRole(Roles.SUPERVISOR)) {
            AgencyScope.Restriction readable = scope.readableWhere("agencyCode", "regionCode");
            where.add(readable.clause());
            readable.parameters().forEach(parameters::and);
        } else {
            where.add("username = :self");
            parameters.and("self", scope.username());
        }
        filter(where, parameters, "agencyCode = :agency", "agency", agency);
        if (region != null && !RegionCode.isValid(region)) {
            throw PersonnelProblem.REGION_INVALID.refuse("region must be a six-digit region code");
        }
        filter(where, parameters, "regionCode like :region", "region", region == null ? null : new RegionCode(region).prefix() + "%");
        filter(where, parameters, "post = :post", "post", post);
        filter(where, parameters, "name like :name", "name", name == null ? null : "%" + name + "%");
        filter(where, parameters, "onPost = :onPost", "onPost", onPost);
        filter(where, parameters, "officerId > :after", "after", KeysetCursor.parse(after).map(KeysetCursor::id).orElse(null));
        if (field != null) {
            where.add("array_contains(enforcementFields, :field)");
            parameters.and("field", field.name());
        }
        List<Officer> page = Officer.<Officer>find(String.join(" and ", where) + " order by officerId", parameters)
                .page(0, limit).list();
        boolean fullIdNumber = scope.hasRole(Roles.PERSONNEL_ADMIN);
        return new OfficerPage(page.stream().map(o -> OfficerView.of(o, fullIdNumber)).toList(),
                KeysetCursor.nextAfter(page, limit, o -> KeysetCursor.byId(o.officerId)));
    }

    @Operation(operationId = "getOfficer", summary = "One officer in the registry")
    @GET
    @Path("/{officerId}")
    @RolesAllowed({ Roles.PERSONNEL_ADMIN, Roles.SUPERVISOR, Roles.OFFICER })
    public OfficerView get(@PathParam("officerId") String officerId) {
        return OfficerView.of(access.readable(officerId), scope.hasRole(Roles.PERSONNEL_ADMIN));
    }

    @Operation(operationId = "updateOfficer", summary = "Correct an officer's record")
    @PUT
    @Path("/{officerId}")
    @RolesAllowed(Roles.PERSONNEL_ADMIN)
    @Transactional
    public OfficerView update(@PathParam("officerId") String officerId, @Valid @NotNull OfficerDetails body) {
        Officer officer = registry.update(access.manageable(officerId), body.name(), body.post(), body.enforcementFields(),
                body.education(), body.photoObjectKey());
        return OfficerView.of(officer, true);
    }

    @Operation(operationId = "moveOfficer", summary = "Move an officer to another agency or post (调动)")
    @POST
    @Path("/{officerId}/move")
    @RolesAllowed(Roles.PERSONNEL_ADMIN)
    @Transactional
    @IdempotentCommand
    public RestResponse<OfficerView> move(@PathParam("officerId") String officerId, @Valid @NotNull Move body) {
        Officer officer = registry.move(access.manageable(officerId), body.agencyCode(), body.regionCode(), body.post());
        return RestResponse.ok(OfficerView.of(officer, true));
    }

    @Operation(operationId = "recordDeparture", summary = "The officer leaves the post (离岗); the credential is cancelled")
    @POST
    @Path("/{officerId}/departure")
    @RolesAllowed(Roles.PERSONNEL_ADMIN)
    @Transactional
    @IdempotentCommand
    public RestResponse<OfficerView> leavePost(@PathParam("officerId") String officerId, @Valid @NotNull Departure body) {
        Officer officer = registry.leavePost(access.manageable(officerId), body.reason(), scope.subject());
        return RestResponse.ok(OfficerView.of(officer, true));
    }

    @Operation(operationId = "recordLegalQualification", summary = "Record the officer's legal qualification (法律职业资格, PL 58)")
    @POST
    @Path("/{officerId}/legal-qualification")
    @RolesAllowed(Roles.PERSONNEL_ADMIN)
    @Transactional
    @IdempotentCommand
    public RestResponse<OfficerView> recordLegalQualification(@PathParam("officerId") String officerId,
            @Valid @NotNull LegalQualification body) {
        if ((body.certificateNumber() == null) != (body.obtainedOn() == null)) {
            throw PersonnelProblem.LEGAL_QUALIFICATION_INCOMPLETE.refuse(
                    "give both certificateNumber and obtainedOn, or neither to record that the officer holds none");
        }
        Officer officer = registry.recordLegalQualification(access.manageable(officerId), body.certificateNumber(),
                body.obtainedOn());
        return RestResponse.ok(OfficerView.of(officer, true));
    }

    @Operation(operationId = "issueCredential", summary = "Issue an enforcement credential once qualified")
    @POST
    @Path("/{officerId}/credentials")
    @RolesAllowed(Roles.PERSONNEL_ADMIN)
    @Transactional
    @IdempotentCommand
    public RestResponse<CredentialView> issueCredential(@PathParam("officerId") String officerId,
            @Valid @NotNull CredentialIssue body) {
        Credential credential = credentials.issue(access.manageable(officerId), body.validFrom(), body.validTo(),
                scope.subject());
        return RestResponse.ResponseBuilder.<CredentialView>created(
                URI.create("/api/v1/credentials/" + credential.credentialNumber)).entity(CredentialView.of(credential)).build();
    }

    private static void filter(List<String> where, Parameters parameters, String clause, String name, Object value) {
        if (value != null) {
            where.add(clause);
            parameters.and(name, value);
        }
    }
}

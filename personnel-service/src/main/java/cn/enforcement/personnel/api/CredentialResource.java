package cn.enforcement.personnel.api;

import cn.enforcement.personnel.api.OfficerViews.CredentialView;
import cn.enforcement.personnel.domain.Credential;
import cn.enforcement.personnel.domain.CredentialHistoryEntry;
import cn.enforcement.personnel.domain.CredentialOffice;
import cn.enforcement.personnel.domain.CredentialValidity;
import cn.enforcement.personnel.domain.Officer;
import cn.enforcement.personnel.domain.PersonnelProblem;
import cn.enforcement.platform.idempotency.IdempotentCommand;
import cn.enforcement.platform.security.AgencyScope;
import cn.enforcement.platform.security.Roles;
import cn.enforcement.platform.time.PlausibleDates;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Enforcement credentials (执法证件) by number: their life, history and validity at any instant. */
@Tag(name = "credentials")
@Path("/api/v1/credentials/{credentialNumber}")
public class CredentialResource {

    private final CredentialOffice office;
    private final OfficerAccess access;
    private final AgencyScope scope;
    private final Clock clock;

    CredentialResource(CredentialOffice office, OfficerAccess access, AgencyScope scope, Clock clock) {
        this.office = office;
        this.access = access;
        this.scope = scope;
        this.clock = clock;
    }

    public record Suspension(@NotBlank @Size(max = 500) String reason, LocalDate until) {
    }

    @Schema(name = "ReasonedCredentialChange", description = "Why the credential is changed, kept in its history")
    public record Reasoned(@NotBlank @Size(max = 500) String reason) {
    }

    public record AnnualReview(@NotNull Integer year, @NotNull Boolean passed, @Size(max = 500) String remarks) {
    }

    public record HistoryView(String change, Instant effectiveAt, String actor, String reason) {
    }

    public record ValidityView(String credentialNumber, Instant at, boolean valid, CredentialValidity.Reason reason,
            Instant since, String detail) {
    }

    @Operation(operationId = "getCredential", summary = "One enforcement credential")
    @GET
    @RolesAllowed({ Roles.PERSONNEL_ADMIN, Roles.SUPERVISOR, Roles.OFFICER })
    public CredentialView get(@PathParam("credentialNumber") String credentialNumber) {
        return CredentialView.of(access.readableCredential(credentialNumber));
    }

    @Operation(operationId = "getCredentialHistory", summary = "Every change of the credential, dated and reasoned")
    @GET
    @Path("/history")
    @RolesAllowed({ Roles.PERSONNEL_ADMIN, Roles.SUPERVISOR, Roles.OFFICER })
    public List<HistoryView> history(@PathParam("credentialNumber") String credentialNumber) {
        access.readableCredential(credentialNumber);
        return CredentialHistoryEntry.of(credentialNumber).stream()
                .map(e -> new HistoryView(e.change, e.effectiveAt, e.actor, e.reason)).toList();
    }

    /**
     * Whether the credential allowed acts at {@code at} (ISO-8601 with offset, e.g.
     * 2026-11-21T09:30:00+08:00; default now), and why not. For people; services keep their own read
     * models from the credential events.
     */
    @Operation(operationId = "getCredentialValidity", summary = "Whether the credential allowed acts at an instant, and why not")
    @GET
    @Path("/validity")
    @RolesAllowed({ Roles.PERSONNEL_ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.AGENCY_HEAD })
    public ValidityView validity(@PathParam("credentialNumber") String credentialNumber, @QueryParam("at") String at) {
        Credential credential = scope.hasRole(Roles.AGENCY_HEAD) ? agencyHeadsCredential(credentialNumber)
                : access.readableCredential(credentialNumber);
        Instant instant = parseInstant(at);
        CredentialValidity.Verdict verdict = office.validityOf(credential, instant);
        return new ValidityView(credentialNumber, instant, verdict.valid(), verdict.reason(), verdict.since(), verdict.detail());
    }

    @Operation(operationId = "suspendCredential", summary = "Suspend the credential (暂扣)")
    @POST
    @Path("/suspension")
    @RolesAllowed(Roles.PERSONNEL_ADMIN)
    @Transactional
    @IdempotentCommand
    public RestResponse<CredentialView> suspend(@PathParam("credentialNumber") String credentialNumber,
            @Valid @NotNull Suspension body) {
        return RestResponse.ok(CredentialView.of(office.suspend(access.manageableCredential(credentialNumber), body.reason(),
                body.until(), scope.subject())));
    }

    @Operation(operationId = "reinstateCredential", summary = "Reinstate a suspended credential")
    @POST
    @Path("/reinstatement")
    @RolesAllowed(Roles.PERSONNEL_ADMIN)
    @Transactional
    @IdempotentCommand
    public RestResponse<CredentialView> reinstate(@PathParam("credentialNumber") String credentialNumber,
            @Valid @NotNull Reasoned body) {
        return RestResponse.ok(CredentialView.of(office.reinstate(access.manageableCredential(credentialNumber),
                body.reason(), scope.subject())));
    }

    @Operation(operationId = "revokeCredential", summary = "Revoke the credential (吊销)")
    @POST
    @Path("/revocation")
    @RolesAllowed(Roles.PERSONNEL_ADMIN)
    @Transactional
    @IdempotentCommand
    public RestResponse<CredentialView> revoke(@PathParam("credentialNumber") String credentialNumber,
            @Valid @NotNull Reasoned body) {
        return RestResponse.ok(CredentialView.of(office.revoke(access.manageableCredential(credentialNumber),
                body.reason(), scope.subject())));
    }

    @Operation(operationId = "cancelCredential", summary = "Cancel the credential (注销)")
    @POST
    @Path("/cancellation")
    @RolesAllowed(Roles.PERSONNEL_ADMIN)
    @Transactional
    @IdempotentCommand
    public RestResponse<CredentialView> cancel(@PathParam("credentialNumber") String credentialNumber,
            @Valid @NotNull Reasoned body) {
        return RestResponse.ok(CredentialView.of(office.cancel(access.manageableCredential(credentialNumber),
                body.reason(), scope.subject())));
    }

    @Operation(operationId = "recordAnnualReview", summary = "Record the credential's annual review (年审)")
    @POST
    @Path("/annual-reviews")
    @RolesAllowed(Roles.PERSONNEL_ADMIN)
    @Transactional
    @IdempotentCommand
    public RestResponse<CredentialView> recordAnnualReview(@PathParam("credentialNumber") String credentialNumber,
            @Valid @NotNull AnnualReview body) {
        Credential credential = access.manageableCredential(credentialNumber);
        office.recordAnnualReview(credential, body.year(), body.passed(), body.remarks(), scope.subject());
        return RestResponse.ResponseBuilder.<CredentialView>created(URI.create("/api/v1/credentials/" + credentialNumber))
                .entity(CredentialView.of(credential)).build();
    }

    /** Agency heads check the validity of their own agency's credentials when assigning officers to cases. */
    private Credential agencyHeadsCredential(String credentialNumber) {
        Credential credential = Credential.<Credential>findByIdOptional(credentialNumber)
                .orElseThrow(() -> PersonnelProblem.CREDENTIAL_NOT_FOUND.refuse("no credential " + credentialNumber));
        Officer officer = Officer.findById(credential.officerId);
        scope.requireOwnAgency(officer.agencyCode);
        return credential;
    }

    private Instant parseInstant(String at) {
        if (at == null || at.isBlank()) {
            return clock.instant();
        }
        try {
            Instant instant = OffsetDateTime.parse(at).toInstant();
            if (PlausibleDates.contains(instant)) {
                return instant;
            }
        } catch (DateTimeParseException e) {
            // refused below, as a date out of range is
        }
        throw PersonnelProblem.INSTANT_MALFORMED.refuse("at must be an ISO-8601 date-time with offset " + PlausibleDates.range()
                + ", e.g. 2026-11-21T09:30:00+08:00");
    }
}

package cn.enforcement.disclosure.api;

import cn.enforcement.disclosure.domain.DisclosureDesk;
import cn.enforcement.disclosure.domain.DisclosureProblem;
import cn.enforcement.disclosure.domain.DisclosureRecord;
import cn.enforcement.disclosure.domain.DisclosureStatus;
import cn.enforcement.platform.idempotency.IdempotentCommand;
import cn.enforcement.problem.ProblemException;
import cn.enforcement.platform.security.AgencyScope;
import cn.enforcement.platform.security.Roles;
import cn.enforcement.platform.security.ScopedQuery;
import cn.enforcement.platform.time.BeijingTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The disclosure admin's work (行政执法公示): the agency's drafts and records with their due dates, further
 * redaction, publication, and withdrawal of a revoked decision. Heads read; supervisors read their region.
 */
@Tag(name = "disclosure")
@Path("/api/v1/disclosures")
@Transactional
public class DisclosureResource {

    private static final Set<String> READERS = Set.of(Roles.DISCLOSURE_ADMIN, Roles.AGENCY_HEAD);

    private final DisclosureDesk desk;
    private final AgencyScope scope;
    private final Clock clock;

    DisclosureResource(DisclosureDesk desk, AgencyScope scope, Clock clock) {
        this.desk = desk;
        this.scope = scope;
        this.clock = clock;
    }

    /** The agency's records (a supervisor's: the region's), soonest due first. */
    @Operation(operationId = "listDisclosures", summary = "The agency's disclosure records, soonest due first")
    @GET
    @RolesAllowed({Roles.DISCLOSURE_ADMIN, Roles.AGENCY_HEAD, Roles.SUPERVISOR})
    public List<DisclosureView> list(@QueryParam("status") String status, @QueryParam("caseId") String caseId,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        ScopedQuery query = ScopedQuery.readableBy(scope).where("status", status == null ? null : statusOf(status)).where("caseId", caseId);
        return DisclosureRecord.<DisclosureRecord>find(query.orderedBy("dueOn, recordId"), query.parameters()).page(0, limit).list().stream()
                .map(r -> DisclosureView.of(r, desk.deadline(), BeijingTime.today(clock), false)).toList();
    }

    @Operation(operationId = "getDisclosure", summary = "One disclosure record with its redacted draft")
    @GET
    @Path("/{recordId}")
    @RolesAllowed({Roles.DISCLOSURE_ADMIN, Roles.AGENCY_HEAD, Roles.SUPERVISOR})
    public DisclosureView one(@PathParam("recordId") String recordId) {
        DisclosureRecord record = find(recordId);
        scope.requireRead(record.agencyCode, record.regionCode, READERS, () -> unknown(recordId));
        return view(record);
    }

    @Operation(operationId = "maskDisclosurePhrase", summary = "Mask a further phrase in the draft")
    @POST
    @Path("/{recordId}/redactions")
    @RolesAllowed(Roles.DISCLOSURE_ADMIN)
    @IdempotentCommand
    public RestResponse<DisclosureView> maskMore(@PathParam("recordId") String recordId, @Valid @NotNull RedactionInput body) {
        return act(recordId, r -> desk.maskMore(r, body.phrases(), scope.actor()));
    }

    @Operation(operationId = "declareNotPersonal", summary = "Declare a flagged span of the draft not personal, with the reason (logged, shown to supervisors)")
    @POST
    @Path("/{recordId}/not-personal")
    @RolesAllowed(Roles.DISCLOSURE_ADMIN)
    @IdempotentCommand
    public RestResponse<DisclosureView> declareNotPersonal(@PathParam("recordId") String recordId, @Valid @NotNull NotPersonalInput body) {
        return act(recordId, r -> desk.declareNotPersonal(r, body.text(), body.reason(), scope.actor()));
    }

    @Operation(operationId = "publishDisclosure", summary = "Publish the decision (事后公开, within 7 working days)")
    @POST
    @Path("/{recordId}/publication")
    @RolesAllowed(Roles.DISCLOSURE_ADMIN)
    @IdempotentCommand
    public RestResponse<DisclosureView> publish(@PathParam("recordId") String recordId) {
        return act(recordId, r -> desk.publish(r, scope.actor()));
    }

    @Operation(operationId = "withdrawDisclosure", summary = "Withdraw a published decision after its revocation (within 3 working days)")
    @POST
    @Path("/{recordId}/withdrawal")
    @RolesAllowed(Roles.DISCLOSURE_ADMIN)
    @IdempotentCommand
    public RestResponse<DisclosureView> withdraw(@PathParam("recordId") String recordId) {
        return act(recordId, r -> desk.withdraw(r, scope.actor()));
    }

    private RestResponse<DisclosureView> act(String recordId, Consumer<DisclosureRecord> act) {
        DisclosureRecord record = find(recordId);
        scope.requireOwnAgency(record.agencyCode, record.regionCode, () -> unknown(recordId));
        act.accept(record);
        DisclosureRecord.getEntityManager().flush();
        return RestResponse.ok(view(record));
    }

    private DisclosureView view(DisclosureRecord record) {
        return DisclosureView.of(record, desk.deadline(), BeijingTime.today(clock), true).withFlags(flagsOf(record));
    }

    private List<DisclosureView.Flag> flagsOf(DisclosureRecord record) {
        if (record.status != DisclosureStatus.DRAFT) {
            return List.of();
        }
        return desk.flags(record).stream().map(flag -> new DisclosureView.Flag(flag.field(), flag.span().kind(), flag.span().start(),
                flag.span().end(), flag.span().text())).toList();
    }

    private static DisclosureRecord find(String recordId) {
        DisclosureRecord record = recordId == null || recordId.length() > 36 ? null : DisclosureRecord.findById(recordId);
        if (record == null) {
            throw unknown(recordId);
        }
        return record;
    }

    private static ProblemException unknown(String recordId) {
        return DisclosureProblem.DISCLOSURE_NOT_FOUND.refuse("no disclosure record " + recordId);
    }

    private static DisclosureStatus statusOf(String status) {
        try {
            return DisclosureStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw DisclosureProblem.DISCLOSURE_STATUS_UNKNOWN.refuse(
                    "status is one of " + Arrays.toString(DisclosureStatus.values()));
        }
    }
}

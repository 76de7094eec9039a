package cn.enforcement.review.api;

import cn.enforcement.platform.idempotency.IdempotentCommand;
import cn.enforcement.platform.agencies.KnownAgencies;
import cn.enforcement.platform.security.AgencyScope;
import cn.enforcement.platform.security.RegionCode;
import cn.enforcement.platform.security.Roles;
import cn.enforcement.platform.security.ScopedQuery;
import cn.enforcement.platform.time.BeijingTime;
import cn.enforcement.problem.ProblemException;
import cn.enforcement.review.domain.ReviewProblem;
import cn.enforcement.review.domain.ledger.LedgerEntry;
import cn.enforcement.review.domain.ledger.LedgerSource;
import cn.enforcement.review.domain.ledger.LedgerStatus;
import cn.enforcement.review.domain.ledger.LedgerStep;
import cn.enforcement.review.domain.ledger.ProblemLedger;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The problem ledger (问题清单台账): supervisors put problems on an agency's ledger and re-open them; the agency's
 * heads and legal office report what was done; the head closes each entry (逐条销号). The agency reads its own, a
 * supervisor the region's.
 */
@Tag(name = "ledger")
@Path("/api/v1/ledger")
@Transactional
public class LedgerResource {

    private static final Set<String> AGENCY_READERS = Set.of(Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER);

    private final ProblemLedger ledger;
    private final KnownAgencies agencies;
    private final AgencyScope scope;
    private final Clock clock;

    LedgerResource(ProblemLedger ledger, AgencyScope scope, Clock clock, KnownAgencies agencies) {
        this.agencies = agencies;
        this.ledger = ledger;
        this.scope = scope;
        this.clock = clock;
    }

    @Operation(operationId = "listLedgerEntries", summary = "The problem ledger, soonest due first (问题清单台账)")
    @GET
    @RolesAllowed({Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR})
    public LedgerPage list(@QueryParam("agencyCode") String agencyCode, @QueryParam("status") String status,
            @QueryParam("source") String source, @QueryParam("after") String after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        agencies.requireKnownWhenNamed(agencyCode);
        ScopedQuery query = ScopedQuery.readableBy(scope).where("agencyCode", agencyCode)
                .where("status", FilterValue.named(LedgerStatus.class, status, ReviewProblem.LEDGER_STATUS_UNKNOWN))
                .where("source", FilterValue.named(LedgerSource.class, source, ReviewProblem.LEDGER_SOURCE_UNKNOWN));
        String where = SoonestDueFirst.after(query, "entryId", after);
        LocalDate today = BeijingTime.today(clock);
        List<LedgerEntry> page = LedgerEntry.<LedgerEntry>find(where, query.parameters()).page(0, limit).list();
        return new LedgerPage(page.stream().map(e -> LedgerEntryView.of(e, today)).toList(),
                SoonestDueFirst.next(page, limit, e -> e.dueOn, e -> e.entryId));
    }

    @Operation(operationId = "getLedgerEntry", summary = "One ledger entry with the files it was found in and its steps")
    @GET
    @Path("/{entryId}")
    @RolesAllowed({Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR})
    public LedgerEntryRecord read(@PathParam("entryId") String entryId) {
        LedgerEntry entry = find(entryId);
        scope.requireRead(entry.agencyCode, entry.regionCode, AGENCY_READERS, () -> unknown(entryId));
        return record(entry);
    }

    @Operation(operationId = "openLedgerEntry", summary = "Put a problem on an agency's ledger (supervisors of its region)")
    @POST
    @RolesAllowed(Roles.SUPERVISOR)
    @IdempotentCommand
    public RestResponse<LedgerEntryRecord> open(@Valid @NotNull LedgerEntryInput body) {
        RegionCode region = RegionCode.ofAgency(body.agencyCode());
        if (!scope.supervises(region.value())) {
            throw ReviewProblem.OUTSIDE_SUPERVISED_REGION.refuse("agency " + body.agencyCode() + " is outside the region you supervise");
        }
        LedgerEntry entry = ledger.open(new ProblemLedger.NewProblem(body.agencyCode(), region.value(), LedgerSource.valueOf(body.source()),
                body.problem().strip(), body.measure().strip(), body.owner().strip(), body.dueOn()), scope.actor());
        return RestResponse.status(RestResponse.Status.CREATED, record(entry));
    }

    @Operation(operationId = "reportRectification", summary = "Report what was done to rectify the problem, with its evidence")
    @POST
    @Path("/{entryId}/rectification")
    @RolesAllowed({Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER})
    @IdempotentCommand
    public RestResponse<LedgerEntryRecord> rectify(@PathParam("entryId") String entryId, @Valid @NotNull RectificationInput body) {
        return act(ownAgencys(entryId), e -> ledger.rectified(e, body.done().strip(), body.proof(), scope.actor()));
    }

    @Operation(operationId = "decideLedgerClosing", summary = "Close the rectified entry (销号) or send it back, as the agency head")
    @POST
    @Path("/{entryId}/closing")
    @RolesAllowed(Roles.AGENCY_HEAD)
    @IdempotentCommand
    public RestResponse<LedgerEntryRecord> close(@PathParam("entryId") String entryId, @Valid @NotNull ClosingInput body) {
        return act(ownAgencys(entryId), e -> ledger.closingDecided(e, body.approved(), body.note(), scope.actor()));
    }

    @Operation(operationId = "reopenLedgerEntry", summary = "Re-open a closed entry whose problem persists (supervisors of its region)")
    @POST
    @Path("/{entryId}/reopening")
    @RolesAllowed(Roles.SUPERVISOR)
    @IdempotentCommand
    public RestResponse<LedgerEntryRecord> reopen(@PathParam("entryId") String entryId, @Valid @NotNull ReopeningInput body) {
        LedgerEntry entry = find(entryId);
        if (!scope.supervises(entry.regionCode)) {
            throw unknown(entryId);
        }
        return act(entry, e -> ledger.reopenedBySupervisor(e, body.reason().strip(), body.dueOn(), scope.actor()));
    }

    @Operation(operationId = "reportLedger", summary = "Each agency's ledger in figures: open, overdue, closed in time and late, by source")
    @GET
    @Path("/report")
    @RolesAllowed({Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR})
    public List<LedgerReport> report(@QueryParam("agencyCode") String agencyCode) {
        agencies.requireKnownWhenNamed(agencyCode);
        AgencyScope.Restriction readable = scope.readableWhere("agency_code", "region_code");
        StringBuilder sql = new StringBuilder("select agency_code, source, count(*) filter (where status <> 'CLOSED'), "
                + "count(*) filter (where status <> 'CLOSED' and due_on < :today), count(*) filter (where status = 'CLOSED' and closed_in_time), "
                + "count(*) filter (where status = 'CLOSED' and not closed_in_time) from ledger_entry where " + readable.clause());
        if (agencyCode != null) {
            sql.append(" and agency_code = :agencyCode");
        }
        sql.append(" group by agency_code, source order by agency_code, source");
        var query = LedgerEntry.getEntityManager().createNativeQuery(sql.toString()).setParameter("today", BeijingTime.today(clock));
        readable.parameters().forEach(query::setParameter);
        if (agencyCode != null) {
            query.setParameter("agencyCode", agencyCode);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<String, List<LedgerReport.BySource>> byAgency = new LinkedHashMap<>();
        for (Object[] row : rows) {
            byAgency.computeIfAbsent((String) row[0], a -> new ArrayList<>()).add(new LedgerReport.BySource((String) row[1],
                    new LedgerReport.Counts(count(row[2]), count(row[3]), count(row[4]), count(row[5]))));
        }
        return byAgency.entrySet().stream().map(e -> new LedgerReport(e.getKey(), total(e.getValue()), e.getValue())).toList();
    }

    private RestResponse<LedgerEntryRecord> act(LedgerEntry entry, Consumer<LedgerEntry> act) {
        act.accept(entry);
        LedgerEntry.getEntityManager().flush();
        return RestResponse.ok(record(entry));
    }

    /** Acts of the agency on its own ledger: a supervisor who may read the entry is refused (403), anyone else finds none. */
    private LedgerEntry ownAgencys(String entryId) {
        LedgerEntry entry = find(entryId);
        scope.requireOwnAgency(entry.agencyCode, entry.regionCode, () -> unknown(entryId));
        return entry;
    }

    private LedgerEntryRecord record(LedgerEntry entry) {
        return new LedgerEntryRecord(LedgerEntryView.of(entry, BeijingTime.today(clock)), ProblemLedger.casesOf(entry.entryId),
                LedgerStep.of(entry.entryId).stream().map(s -> new LedgerEntryRecord.LedgerStepView(s.step, s.actor, s.note, s.at)).toList());
    }

    private static LedgerReport.Counts total(List<LedgerReport.BySource> sources) {
        return new LedgerReport.Counts(sources.stream().mapToLong(s -> s.counts().open()).sum(),
                sources.stream().mapToLong(s -> s.counts().overdue()).sum(), sources.stream().mapToLong(s -> s.counts().closedInTime()).sum(),
                sources.stream().mapToLong(s -> s.counts().closedLate()).sum());
    }

    private static long count(Object column) {
        return ((Number) column).longValue();
    }

    private static LedgerEntry find(String entryId) {
        LedgerEntry entry = entryId.length() > 36 ? null : LedgerEntry.findById(entryId);
        if (entry == null) {
            throw unknown(entryId);
        }
        return entry;
    }

    private static ProblemException unknown(String entryId) {
        return ReviewProblem.LEDGER_ENTRY_NOT_FOUND.refuse("no ledger entry " + entryId);
    }
}

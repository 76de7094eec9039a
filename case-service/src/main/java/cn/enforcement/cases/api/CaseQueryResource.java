package cn.enforcement.cases.api;

import cn.enforcement.platform.agencies.KnownAgencies;

import cn.enforcement.cases.domain.CaseStatus;
import cn.enforcement.cases.domain.PenaltyCase;
import cn.enforcement.platform.paging.KeysetCursor;
import cn.enforcement.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reading penalty cases (行政处罚案件): one case with its deadlines and timeline, a search, and the deadline list. */
@Tag(name = "cases")
@Path("/api/v1/cases")
@RolesAllowed({ Roles.OFFICER, Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR })
public class CaseQueryResource {

    private final CaseAccess access;
    private final CaseQueries queries;
    private final CaseActs acts;
    private final KnownAgencies agencies;

    CaseQueryResource(CaseAccess access, CaseQueries queries, CaseActs acts, KnownAgencies agencies) {
        this.agencies = agencies;
        this.access = access;
        this.queries = queries;
        this.acts = acts;
    }

    @Operation(operationId = "getCase", summary = "One case: where it stands, its deadlines and its timeline")
    @GET
    @Path("/{caseId}")
    @Transactional
    public CaseView get(@PathParam("caseId") String caseId) {
        return acts.view(access.forRead(caseId));
    }

    /** Search within your scope, newest first; keyset pagination with {@code next} as {@code after}. */
    @Operation(operationId = "searchCases", summary = "Search the cases in your scope, newest first (keyset pagination)")
    @GET
    public CasePage search(@QueryParam("status") CaseStatus status, @QueryParam("officer") String credentialNumber,
            @QueryParam("violationItem") String violationItem, @QueryParam("party") String party,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to, @QueryParam("agency") String agency,
            @QueryParam("overdue") Boolean overdue, @QueryParam("recordedLate") Boolean recordedLate, @QueryParam("after") String after,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        agencies.requireKnownWhenNamed(agency);
        List<PenaltyCase> page = queries.search(new CaseQueries.Criteria(status, credentialNumber, violationItem, party, from, to,
                agency, Boolean.TRUE.equals(overdue), Boolean.TRUE.equals(recordedLate)), KeysetCursor.parse(after), limit);
        return new CasePage(acts.views(page), KeysetCursor.nextAfter(page, limit, CaseQueries::positionOf));
    }

    /** Deadlines near (yellow) or past (red) within your scope. */
    @Operation(operationId = "listCaseDeadlines", summary = "Deadlines near (yellow) or past (red) in your scope")
    @GET
    @Path("/deadlines")
    public List<DeadlineEntry> deadlines(@QueryParam("colour") @DefaultValue("RED") @Pattern(regexp = "YELLOW|RED") String colour) {
        return queries.deadlines(colour);
    }
}

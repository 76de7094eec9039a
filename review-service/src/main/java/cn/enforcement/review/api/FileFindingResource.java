package cn.enforcement.review.api;

import cn.enforcement.platform.paging.KeysetCursor;
import cn.enforcement.platform.security.AgencyScope;
import cn.enforcement.platform.security.Roles;
import cn.enforcement.platform.security.ScopedQuery;
import cn.enforcement.review.domain.ReviewProblem;
import cn.enforcement.review.domain.audit.CaseFile;
import cn.enforcement.review.domain.audit.FileFinding;
import cn.enforcement.review.domain.filecheck.FileCheck;
import cn.enforcement.review.domain.filecheck.FileChecks;
import cn.enforcement.review.domain.filecheck.FindingGrade;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What the automated file checks (案卷自动评查) found: in every closed file of the caller's agency, or of a supervisor's
 * region. Read by the agency's heads and legal office and by supervisors.
 */
@Tag(name = "file checks")
@Path("/api/v1")
@Transactional
public class FileFindingResource {

    private static final Set<String> AGENCY_READERS = Set.of(Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER);

    private final AgencyScope scope;
    private final FileChecks checks;

    FileFindingResource(AgencyScope scope, FileChecks checks) {
        this.scope = scope;
        this.checks = checks;
    }

    @Operation(operationId = "listFileChecks", summary = "The automated file checks, one per rule of the procedure")
    @GET
    @Path("/file-checks")
    @RolesAllowed({Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR})
    public List<FileCheckView> checks() {
        return checks.all().stream().map(c -> new FileCheckView(c.name(), c.basis(), c.version())).toList();
    }

    @Operation(operationId = "listFileFindings", summary = "Findings of the automated file checks, newest first (案卷自动评查)")
    @GET
    @Path("/file-findings")
    @RolesAllowed({Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR})
    public FindingPage list(@QueryParam("agencyCode") String agencyCode, @QueryParam("caseId") String caseId,
            @QueryParam("grade") String grade, @QueryParam("check") String check, @QueryParam("after") String after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        ScopedQuery query = ScopedQuery.readableBy(scope).where("agencyCode", agencyCode).where("caseId", caseId)
                .where("grade", grade == null ? null : FilterValue.named(FindingGrade.class, grade, ReviewProblem.FINDING_GRADE_UNKNOWN).name()).where("checkName", check == null ? null : checkNamed(check));
        Map<String, Object> parameters = query.parameters();
        String where = query.orderedBy("foundAt desc, findingId desc");
        Optional<KeysetCursor> cursor = KeysetCursor.parse(after);
        if (cursor.isPresent()) {
            where = where.replace(" order by ", " and (foundAt < :afterAt or (foundAt = :afterAt and findingId < :afterId)) order by ");
            parameters.put("afterAt", cursor.get().sortKeyAsInstant());
            parameters.put("afterId", cursor.get().id());
        }
        List<FileFinding> page = FileFinding.<FileFinding>find(where, parameters).page(0, limit).list();
        return new FindingPage(page.stream().map(FindingView::of).toList(),
                KeysetCursor.nextAfter(page, limit, f -> new KeysetCursor(f.foundAt.toString(), f.findingId)));
    }

    @Operation(operationId = "getCaseFile", summary = "One case file as the automated checks saw it, with its findings")
    @GET
    @Path("/case-files/{caseId}")
    @RolesAllowed({Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR})
    public CaseFileView caseFile(@PathParam("caseId") String caseId) {
        CaseFile file = caseId.length() > 36 ? null : CaseFile.findById(caseId);
        if (file == null || !scope.mayRead(file.agencyCode, file.regionCode, AGENCY_READERS)) {
            throw ReviewProblem.CASE_FILE_NOT_FOUND.refuse("no case file " + caseId);
        }
        return new CaseFileView(file.caseId, file.caseNumber, file.agencyCode, file.regionCode, file.closedAt, file.checkedWith,
                file.checkedAt, FileFinding.ofCase(file.caseId).stream().map(FindingView::of).toList());
    }

    private String checkNamed(String check) {
        return checks.all().stream().map(FileCheck::name).filter(check::equals).findFirst()
                .orElseThrow(() -> ReviewProblem.FILE_CHECK_UNKNOWN.refuse("no file check is named " + check));
    }
}

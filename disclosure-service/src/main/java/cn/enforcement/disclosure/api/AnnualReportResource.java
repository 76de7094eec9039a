package cn.enforcement.disclosure.api;

import cn.enforcement.disclosure.domain.AnnualFigures;
import cn.enforcement.disclosure.domain.AnnualReport;
import cn.enforcement.disclosure.domain.AnnualReports;
import cn.enforcement.disclosure.domain.DisclosureProblem;
import cn.enforcement.platform.idempotency.IdempotentCommand;
import cn.enforcement.platform.security.AgencyScope;
import cn.enforcement.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The agency's annual statistics (统计年报): the draft counted live, published by the disclosure admin. */
@Tag(name = "disclosure")
@Path("/api/v1/annual-reports/{agencyCode}/{year}")
@Transactional
public class AnnualReportResource {

    private static final Pattern AGENCY = Pattern.compile("\\d{9}");

    /** A report as staff see it: published (frozen) or the draft as counted now. */
    public record ReportView(String agencyCode, int year, boolean published, Instant publishedAt, String publishedBy,
            boolean overdue, AnnualFigures figures) {
    }

    private final AnnualReports reports;
    private final AgencyScope scope;

    AnnualReportResource(AnnualReports reports, AgencyScope scope) {
        this.reports = reports;
        this.scope = scope;
    }

    @Operation(operationId = "getAnnualReport", summary = "The agency's annual statistics for a year (统计年报)")
    @GET
    @RolesAllowed({Roles.DISCLOSURE_ADMIN, Roles.AGENCY_HEAD, Roles.SUPERVISOR})
    public ReportView read(@PathParam("agencyCode") String agencyCode, @PathParam("year") @Min(2000) @Max(2100) int year) {
        requireAgency(agencyCode);
        scope.requireRead(agencyCode, reports.regionOf(agencyCode).orElse(null), Set.of(Roles.DISCLOSURE_ADMIN, Roles.AGENCY_HEAD),
                () -> DisclosureProblem.REPORT_NOT_FOUND.refuse("no report of agency " + agencyCode + " for " + year));
        return view(agencyCode, year, AnnualReport.of(agencyCode, year));
    }

    @Operation(operationId = "publishAnnualReport", summary = "Publish the agency's annual statistics")
    @POST
    @Path("/publication")
    @RolesAllowed(Roles.DISCLOSURE_ADMIN)
    @IdempotentCommand
    public RestResponse<ReportView> publish(@PathParam("agencyCode") String agencyCode, @PathParam("year") @Min(2000) @Max(2100) int year) {
        requireAgency(agencyCode);
        scope.requireOwnAgency(agencyCode);
        AnnualReport report = reports.publish(agencyCode, scope.regionCode().value(), year, scope.username());
        return RestResponse.ok(view(agencyCode, year, report));
    }

    private ReportView view(String agencyCode, int year, AnnualReport report) {
        return new ReportView(agencyCode, year, report != null && report.publishedAt != null, report == null ? null : report.publishedAt,
                report == null ? null : report.publishedBy, report != null && report.overduePublishedAt != null && report.publishedAt == null,
                reports.figures(agencyCode, year));
    }

    private static void requireAgency(String agencyCode) {
        if (!AGENCY.matcher(agencyCode).matches()) {
            throw DisclosureProblem.AGENCY_INVALID.refuse("an agency code has nine digits");
        }
    }
}

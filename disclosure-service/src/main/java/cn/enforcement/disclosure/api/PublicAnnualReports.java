package cn.enforcement.disclosure.api;

import cn.enforcement.disclosure.domain.AnnualFigures;
import cn.enforcement.disclosure.domain.AnnualReport;
import cn.enforcement.disclosure.domain.DisclosureProblem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Published annual statistics (统计年报) for the public, as JSON and as a page; a draft is not public. */
@Tag(name = "public")
@Path("/public")
@PermitAll
public class PublicAnnualReports {

    public record PublicReport(String agencyCode, int year, Instant publishedAt, AnnualFigures figures) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(PublicReport report);
    }

    private final PublicCaching caching;

    PublicAnnualReports(PublicCaching caching) {
        this.caching = caching;
    }

    @Operation(operationId = "getPublicAnnualReport", summary = "An agency's published annual statistics")
    @GET
    @Path("/v1/annual-reports/{agencyCode}/{year}")
    public RestResponse<PublicReport> json(@PathParam("agencyCode") String agencyCode, @PathParam("year") int year, @Context Request request) {
        return caching.answer(request, published(agencyCode, year));
    }

    @Operation(operationId = "annualReportPage", summary = "Page: an agency's published annual statistics")
    @GET
    @Path("/annual-reports/{agencyCode}/{year}")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public RestResponse<String> page(@PathParam("agencyCode") String agencyCode, @PathParam("year") int year, @Context Request request) {
        return caching.page(request, Templates.report(published(agencyCode, year)).render());
    }

    private static PublicReport published(String agencyCode, int year) {
        AnnualReport report = agencyCode.length() == 9 ? AnnualReport.of(agencyCode, year) : null;
        if (report == null || report.publishedAt == null) {
            throw DisclosureProblem.REPORT_NOT_FOUND.refuse("no published report of agency " + agencyCode + " for " + year);
        }
        return new PublicReport(report.agencyCode, report.year, report.publishedAt, report.figures);
    }
}

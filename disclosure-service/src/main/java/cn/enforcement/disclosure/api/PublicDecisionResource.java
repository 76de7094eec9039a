package cn.enforcement.disclosure.api;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Published decisions as JSON and CSV for the public and for re-users: no token, only what is published. */
@Tag(name = "public")
@Path("/public/v1/decisions")
@PermitAll
public class PublicDecisionResource {

    /** What a spreadsheet may take for the start of a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** The columns of 双公示 (行政处罚信息), in Chinese as re-users and the credit platforms read them. */
    private static final String CSV_HEADER = "行政处罚决定书文号,行政相对人名称,行政相对人类别,统一社会信用代码,法定代表人,违法行为类型,违法事实,"
            + "处罚依据,处罚类别,处罚内容,罚款金额（元）,处罚决定日期,公示截止期,处罚机关,处罚机关统一社会信用代码,状态";

    private static final java.util.Map<String, String> STATUS_TEXT = java.util.Map.of("PUBLISHED", "公示中", "REVOKED", "已撤销",
            "WITHDRAWN", "已撤回");

    private final PublishedDecisions decisions;
    private final PublicCaching caching;

    PublicDecisionResource(PublishedDecisions decisions, PublicCaching caching) {
        this.decisions = decisions;
        this.caching = caching;
    }

    @Operation(operationId = "searchPublicDecisions", summary = "Search the published decisions (keyset pagination)")
    @GET
    public RestResponse<PublishedDecisions.Page> search(@QueryParam("agency") String agency, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to, @QueryParam("violationItem") String violationItem, @QueryParam("partyType") String partyType,
            @QueryParam("party") String party, @QueryParam("after") String after,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit, @Context Request request) {
        return caching.answer(request, decisions.find(new PublishedDecisions.Search(agency, from, to, violationItem, partyType, party, after,
                limit)));
    }

    @Operation(operationId = "getPublicDecision", summary = "One published decision")
    @GET
    @Path("/{recordId}")
    public RestResponse<PublicDecision> one(@PathParam("recordId") String recordId, @Context Request request) {
        return caching.answer(request, decisions.one(recordId));
    }

    /** One page of the search as CSV (UTF-8 with BOM, so that spreadsheets read the Chinese text). */
    @Operation(operationId = "exportPublicDecisions", summary = "One page of the published decisions as CSV")
    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    public RestResponse<String> export(@QueryParam("agency") String agency, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to, @QueryParam("violationItem") String violationItem, @QueryParam("partyType") String partyType,
            @QueryParam("party") String party, @QueryParam("after") String after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        PublishedDecisions.Page page = decisions.find(new PublishedDecisions.Search(agency, from, to, violationItem, partyType, party, after,
                limit));
        String rows = page.decisions().stream().map(PublicDecisionResource::row).collect(Collectors.joining("\r\n"));
        RestResponse.ResponseBuilder<String> answer = RestResponse.ResponseBuilder.ok("\uFEFF" + CSV_HEADER + "\r\n" + rows, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"decisions.csv\"");
        if (page.next() != null) {
            answer.header("Link", "<?after=" + page.next() + "&limit=" + limit + ">; rel=\"next\"");
        }
        return answer.build();
    }

    private static String row(PublicDecision d) {
        return String.join(",", cell(d.decisionNumber()), cell(d.partyName()), cell(d.partyTypeText()), cell(d.organisationCreditCode()),
                cell(d.legalRepresentative()), cell(d.items()), cell(d.facts()), cell(d.legalBasis()), cell(d.penaltyKindText()),
                cell(d.penaltyContent()), cell(d.amount() == null ? "" : d.amount().toPlainString()), cell(String.valueOf(d.decidedOn())),
                cell(d.displayUntil() == null ? "" : d.displayUntil().toString()), cell(d.agencyName()), cell(d.agencyCreditCode()),
                cell(STATUS_TEXT.get(d.status())));
    }

    /**
     * RFC 4180 quoting; a leading = + - @, tab or carriage return is defused so that no spreadsheet runs it as a formula
     * (OWASP's list: a spreadsheet skips the tab or return and reads what follows).
     */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}

package cn.enforcement.disclosure.api;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import java.time.LocalDate;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public pages of decisions (事后公开), rendered on the server: readable on a phone, no script needed,
 * the same data as {@code /public/v1/decisions}.
 */
@Tag(name = "public")
@Path("/public/decisions")
@PermitAll
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class PublicPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance decisions(PublishedDecisions.Page page, PublishedDecisions.Search search, String nextLink);

        static native TemplateInstance decision(PublicDecision decision);
    }

    private final PublishedDecisions decisions;
    private final PublicCaching caching;

    PublicPages(PublishedDecisions decisions, PublicCaching caching) {
        this.decisions = decisions;
        this.caching = caching;
    }

    @Operation(operationId = "decisionsPage", summary = "Page: search the published decisions")
    @GET
    public RestResponse<String> search(@QueryParam("agency") String agency, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to, @QueryParam("violationItem") String violationItem, @QueryParam("partyType") String partyType,
            @QueryParam("party") String party, @QueryParam("after") String after, @Context Request request) {
        PublishedDecisions.Search search = new PublishedDecisions.Search(blankToNull(agency), from, to, blankToNull(violationItem),
                blankToNull(partyType), blankToNull(party), blankToNull(after), 20);
        PublishedDecisions.Page page = decisions.find(search);
        String next = page.next() == null ? null : "?" + query(search) + "after=" + page.next();
        return caching.page(request, Templates.decisions(page, search, next).render());
    }

    @Operation(operationId = "decisionPage", summary = "Page: one published decision")
    @GET
    @Path("/{recordId}")
    public RestResponse<String> one(@PathParam("recordId") String recordId, @Context Request request) {
        return caching.page(request, Templates.decision(decisions.one(recordId)).render());
    }

    private static String query(PublishedDecisions.Search s) {
        StringBuilder query = new StringBuilder();
        append(query, "agency", s.agency());
        append(query, "from", s.from() == null ? null : s.from().toString());
        append(query, "to", s.to() == null ? null : s.to().toString());
        append(query, "violationItem", s.violationItem());
        append(query, "partyType", s.partyType());
        append(query, "party", s.party());
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null) {
            query.append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)).append('&');
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

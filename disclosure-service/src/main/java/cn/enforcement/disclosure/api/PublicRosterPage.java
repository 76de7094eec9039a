package cn.enforcement.disclosure.api;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The roster as a page: an agency's officers who may enforce today, each linked to the credential check. */
@Tag(name = "public")
@Path("/public/officers")
@PermitAll
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class PublicRosterPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance roster(PublicRoster.RosterPage page, String agency, String name, String field);
    }

    private final PublicRoster roster;
    private final PublicCaching caching;

    PublicRosterPage(PublicRoster roster, PublicCaching caching) {
        this.roster = roster;
        this.caching = caching;
    }

    @Operation(operationId = "rosterPage", summary = "Page: the public roster of an agency's officers")
    @GET
    public RestResponse<String> page(@QueryParam("agency") String agency, @QueryParam("name") String name, @QueryParam("field") String field,
            @QueryParam("after") String after, @Context Request request) {
        PublicRoster.RosterPage page = agency == null || agency.isBlank() ? new PublicRoster.RosterPage(List.of(), null)
                : roster.find(agency.strip(), name, field, after, 50);
        return caching.page(request, Templates.roster(page, agency, name, field).render());
    }
}

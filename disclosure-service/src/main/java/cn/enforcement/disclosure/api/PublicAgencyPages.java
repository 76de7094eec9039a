package cn.enforcement.disclosure.api;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
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

/** The public pages of the agencies (事前公开): who they are, their duties, basis, procedures, remedies, complaint channels, powers. */
@Tag(name = "public")
@Path("/public/agencies")
@PermitAll
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class PublicAgencyPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance agencies();

        static native TemplateInstance agency(AgencyProfileView agency);
    }

    private final PublicAgencies agencies;
    private final PublicCaching caching;

    PublicAgencyPages(PublicAgencies agencies, PublicCaching caching) {
        this.agencies = agencies;
        this.caching = caching;
    }

    @Operation(operationId = "agenciesPage", summary = "Page: the agencies and their public profiles",
            description = "The public page (HTML, in Chinese) listing every agency with its profile: duties, powers, "
                    + "procedures, time limits and remedies (事前公开, seed 003).")
    @GET
    public RestResponse<String> all(@Context Request request) {
        return caching.page(request, Templates.agencies().render());
    }

    @Operation(operationId = "agencyPage", summary = "Page: one agency's profile and enforcement powers")
    @GET
    @Path("/{agencyCode}")
    public RestResponse<String> one(@PathParam("agencyCode") String agencyCode, @QueryParam("on") LocalDate on, @Context Request request) {
        return caching.page(request, Templates.agency(agencies.one(agencyCode, on)).render());
    }
}

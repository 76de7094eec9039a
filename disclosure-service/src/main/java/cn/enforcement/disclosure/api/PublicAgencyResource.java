package cn.enforcement.disclosure.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import java.time.LocalDate;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The agencies and their powers as JSON for the public: no token; {@code on} shows what was in force that day. */
@Tag(name = "public")
@Path("/public/v1/agencies")
@PermitAll
public class PublicAgencyResource {

    private final PublicAgencies agencies;
    private final PublicCaching caching;

    PublicAgencyResource(PublicAgencies agencies, PublicCaching caching) {
        this.agencies = agencies;
        this.caching = caching;
    }

    @Operation(operationId = "listPublicAgencies", summary = "The agencies and their public profiles",
            description = "Every agency's public profile in force on a day (`on`, default today): name, duties, legal "
                    + "basis, enforcement fields, procedures, time limits, reconsideration body, court, complaint "
                    + "channels, and its powers from the violation catalogue (事前公开, seed 003).")
    @GET
    public RestResponse<List<AgencyProfileView>> all(@QueryParam("on") LocalDate on, @Context Request request) {
        return caching.answer(request, agencies.all(on));
    }

    @Operation(operationId = "getPublicAgency", summary = "One agency's profile and enforcement powers, as in force on a day")
    @GET
    @Path("/{agencyCode}")
    public RestResponse<AgencyProfileView> one(@PathParam("agencyCode") String agencyCode, @QueryParam("on") LocalDate on,
            @Context Request request) {
        return caching.answer(request, agencies.one(agencyCode, on));
    }
}

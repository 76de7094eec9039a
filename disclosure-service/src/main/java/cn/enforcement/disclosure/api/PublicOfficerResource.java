package cn.enforcement.disclosure.api;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The public officer roster (执法人员公示): who may enforce for an agency, with credential number,
 * post and region. No token needed; only what the law says to publish.
 */
@Tag(name = "public")
@Path("/public/v1/officers")
@PermitAll
public class PublicOfficerResource {

    private final PublicRoster roster;
    private final PublicCaching caching;

    PublicOfficerResource(PublicRoster roster, PublicCaching caching) {
        this.roster = roster;
        this.caching = caching;
    }

    /** Keyset pagination: {@code after} is the {@code next} cursor of the previous page. */
    @Operation(operationId = "listPublicOfficers", summary = "The public roster of officers who may enforce (事中公示)")
    @GET
    public RestResponse<PublicRoster.RosterPage> list(@QueryParam("agency") String agencyCode, @QueryParam("name") String name,
            @QueryParam("field") String field, @QueryParam("after") String after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit, @Context Request request) {
        return caching.answer(request, roster.find(agencyCode, name, field, after, limit));
    }
}

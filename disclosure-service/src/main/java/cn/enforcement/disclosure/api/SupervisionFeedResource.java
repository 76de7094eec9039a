package cn.enforcement.disclosure.api;

import cn.enforcement.disclosure.domain.SupervisionFeed;
import cn.enforcement.disclosure.domain.SupervisionFeedEntry;
import cn.enforcement.disclosure.domain.SupervisionFeedPage;
import cn.enforcement.platform.security.AgencyScope;
import cn.enforcement.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The supervision feed as a partner pulls it (执法监督平台): entries after the cursor it kept, of its region. A
 * cursor never skips an entry, and reading a page again does no harm (each entry has its id).
 */
@Tag(name = "partners")
@Path("/api/v1/supervision/feed")
@Transactional
public class SupervisionFeedResource {

    private final SupervisionFeed feed;
    private final AgencyScope scope;

    SupervisionFeedResource(SupervisionFeed feed, AgencyScope scope) {
        this.feed = feed;
        this.scope = scope;
    }

    @Operation(operationId = "readSupervisionFeed", summary = "Read the supervision feed after a cursor (case steps, reviews, disclosures,"
            + " credentials, evidence failures)")
    @GET
    @RolesAllowed(Roles.SUPERVISOR)
    public SupervisionFeedPage read(@QueryParam("after") String after, @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        long position = SupervisionFeed.positionOf(after);
        List<SupervisionFeedEntry> entries = feed.between(position, Long.MAX_VALUE, scope.regionCode(), List.of(), limit);
        return feed.page(entries, entries.isEmpty() ? position : entries.get(entries.size() - 1).position);
    }
}

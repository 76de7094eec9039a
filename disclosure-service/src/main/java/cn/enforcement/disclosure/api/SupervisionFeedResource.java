package cn.enforcement.disclosure.api;

import cn.enforcement.disclosure.domain.SupervisionFeed;
import cn.enforcement.disclosure.domain.SupervisionFeedEntry;
import cn.enforcement.platform.paging.KeysetCursor;
import cn.enforcement.platform.security.AgencyScope;
import cn.enforcement.platform.security.Roles;
import cn.enforcement.problem.PlatformProblem;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    private static final String FEED = "feed";

    private final SupervisionFeed feed;
    private final AgencyScope scope;
    private final ObjectMapper json;

    SupervisionFeedResource(SupervisionFeed feed, AgencyScope scope, ObjectMapper json) {
        this.feed = feed;
        this.scope = scope;
        this.json = json;
    }

    @Operation(operationId = "readSupervisionFeed", summary = "Read the supervision feed after a cursor (case steps, reviews, disclosures,"
            + " credentials, evidence failures)")
    @GET
    @RolesAllowed(Roles.SUPERVISOR)
    public SupervisionFeedPage read(@QueryParam("after") String after, @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        long position = positionOf(after);
        List<SupervisionFeedEntry> entries = feed.after(position, scope.regionCode(), limit);
        long last = entries.isEmpty() ? position : entries.get(entries.size() - 1).position;
        return new SupervisionFeedPage(entries.stream().map(entry -> SupervisionEntry.of(entry, json)).toList(),
                new KeysetCursor(Long.toString(last), FEED).encode());
    }

    /** The position a cursor of this feed stands at; 0 (the beginning) without one. */
    private static long positionOf(String after) {
        return KeysetCursor.parse(after).map(cursor -> {
            if (!FEED.equals(cursor.id())) {
                throw PlatformProblem.CURSOR_MALFORMED.refuse("after must be the next value of a page of this feed");
            }
            return cursor.sortKeyAsLong();
        }).orElse(0L);
    }
}

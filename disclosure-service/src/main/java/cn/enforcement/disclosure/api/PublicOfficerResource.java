package cn.enforcement.disclosure.api;

import cn.enforcement.disclosure.readmodel.PublicOfficer;
import cn.enforcement.platform.paging.KeysetCursor;
import cn.enforcement.platform.problem.ProblemException;
import cn.enforcement.platform.time.BeijingTime;
import io.quarkus.panache.common.Parameters;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The public officer roster (执法人员公示): who may enforce for an agency, with credential number,
 * post and region. No token needed; only what the law says to publish.
 */
@Path("/public/v1/officers")
@PermitAll
public class PublicOfficerResource {

    private static final Pattern AGENCY = Pattern.compile("\\d{9}");

    private final Clock clock;

    PublicOfficerResource(Clock clock) {
        this.clock = clock;
    }

    public record PublicOfficerView(String name, String credentialNumber, LocalDate credentialValidTo, String post,
            String agencyCode, String regionCode, List<String> enforcementFields) {
    }

    public record RosterPage(List<PublicOfficerView> officers, String next) {
    }

    /** Keyset pagination: {@code after} is the {@code next} cursor of the previous page. */
    @GET
    public RosterPage list(@QueryParam("agency") String agencyCode, @QueryParam("after") String after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        if (agencyCode == null || !AGENCY.matcher(agencyCode).matches()) {
            throw ProblemException.badRequest("AGENCY_REQUIRED", "query parameter agency must be a nine-digit agency code");
        }
        Optional<KeysetCursor> cursor = KeysetCursor.parse(after);
        String query = "agencyCode = :agency and " + PublicOfficer.LISTED
                + (cursor.isEmpty() ? "" : " and officerId > :after") + " order by officerId";
        Parameters parameters = Parameters.with("agency", agencyCode).and("today", BeijingTime.today(clock));
        cursor.ifPresent(position -> parameters.and("after", position.id()));
        List<PublicOfficer> page = PublicOfficer.<PublicOfficer>find(query, parameters).page(0, limit).list();
        String next = KeysetCursor.nextAfter(page, limit, o -> KeysetCursor.byId(o.officerId));
        return new RosterPage(page.stream().map(o -> new PublicOfficerView(o.name, o.credentialNumber, o.credentialValidTo,
                o.post, o.agencyCode, o.regionCode, o.enforcementFields)).toList(), next);
    }
}

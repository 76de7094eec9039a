package cn.enforcement.disclosure.api;

import cn.enforcement.platform.agencies.KnownAgencies;

import cn.enforcement.disclosure.domain.DisclosureProblem;
import cn.enforcement.disclosure.readmodel.PublicOfficer;
import cn.enforcement.platform.paging.KeysetCursor;
import cn.enforcement.platform.time.BeijingTime;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The public officer roster (执法人员公示): who may enforce for an agency today, searchable by name and field;
 * keyset pagination by officer id.
 */
@ApplicationScoped
public class PublicRoster {

    private static final Pattern AGENCY = Pattern.compile("\\d{9}");
    private static final Pattern FIELD = Pattern.compile("[A-Z_]{2,40}");

    public record PublicOfficerView(String name, String credentialNumber, LocalDate credentialValidTo, String post,
            String agencyCode, String regionCode, List<String> enforcementFields) {
    }

    public record RosterPage(List<PublicOfficerView> officers, String next) {
    }

    private final Clock clock;
    private final KnownAgencies agencies;

    PublicRoster(Clock clock, KnownAgencies agencies) {
        this.clock = clock;
        this.agencies = agencies;
    }

    public RosterPage find(String agencyCode, String name, String field, String after, int limit) {
        if (agencyCode == null || !AGENCY.matcher(agencyCode).matches()) {
            throw DisclosureProblem.AGENCY_REQUIRED.refuse("query parameter agency must be a nine-digit agency code");
        }
        agencies.requireKnownWhenNamed(agencyCode);
        StringBuilder query = new StringBuilder("agencyCode = :agency and " + PublicOfficer.LISTED);
        Parameters parameters = Parameters.with("agency", agencyCode).and("today", BeijingTime.today(clock));
        if (name != null && !name.isBlank()) {
            if (name.length() > 20) {
                throw DisclosureProblem.NAME_TOO_LONG.refuse("a name to search for has at most 20 characters");
            }
            query.append(" and name like :name");
            parameters.and("name", "%" + name.strip().replace("%", "").replace("_", "") + "%");
        }
        if (field != null && !field.isBlank()) {
            if (!FIELD.matcher(field).matches()) {
                throw DisclosureProblem.FIELD_INVALID.refuse("field is an enforcement field such as ROAD_TRANSPORT");
            }
            query.append(" and array_contains(enforcementFields, :field)");
            parameters.and("field", field);
        }
        Optional<KeysetCursor> cursor = KeysetCursor.parse(after);
        cursor.ifPresent(position -> {
            query.append(" and officerId > :after");
            parameters.and("after", position.id());
        });
        List<PublicOfficer> page = PublicOfficer.<PublicOfficer>find(query + " order by officerId", parameters).page(0, limit).list();
        return new RosterPage(page.stream().map(o -> new PublicOfficerView(o.name, o.credentialNumber, o.credentialValidTo, o.post,
                o.agencyCode, o.regionCode, o.enforcementFields)).toList(), KeysetCursor.nextAfter(page, limit, o -> KeysetCursor.byId(o.officerId)));
    }
}

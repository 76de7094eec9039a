package cn.enforcement.disclosure.api;

import cn.enforcement.disclosure.domain.DisclosureProblem;
import cn.enforcement.platform.agencies.KnownAgencies;
import cn.enforcement.platform.agencies.KnownAgency;
import cn.enforcement.disclosure.domain.DisclosureRecord;
import cn.enforcement.disclosure.readmodel.EnforcementPower;
import cn.enforcement.platform.paging.KeysetCursor;
import cn.enforcement.platform.time.BeijingTime;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The public listing of decisions: published and within their display period, newest decision first,
 * searchable by agency, decision date, violation item and party type; keyset pagination.
 */
@ApplicationScoped
public class PublishedDecisions {

    private static final Pattern AGENCY = Pattern.compile("\\d{9}");
    private static final Pattern ITEM = Pattern.compile("[A-Z0-9-]{1,20}");
    private static final List<String> PARTY_TYPES = List.of("INDIVIDUAL", "ORGANISATION");

    /** What the public may search by; every value is checked before it reaches a query. */
    public record Search(String agency, LocalDate from, LocalDate to, String violationItem, String partyType, String party, String after,
            int limit) {

        /** No criteria: the newest decisions first. */
        static Search newest(int limit) {
            return new Search(null, null, null, null, null, null, null, limit);
        }
    }

    public record Page(List<PublicDecision> decisions, String next) {
    }

    private final Clock clock;
    private final KnownAgencies agencies;

    PublishedDecisions(Clock clock, KnownAgencies agencies) {
        this.clock = clock;
        this.agencies = agencies;
    }

    public Page find(Search search) {
        List<String> where = new ArrayList<>(List.of("publishedAt is not null", "status <> 'WITHDRAWN'", "displayUntil >= :today"));
        Parameters parameters = Parameters.with("today", BeijingTime.today(clock));
        if (search.agency() != null) {
            require(AGENCY.matcher(search.agency()).matches(), DisclosureProblem.AGENCY_INVALID, "agency is a nine-digit agency code");
            agencies.requireKnownWhenNamed(search.agency());
            where.add("agencyCode = :agency");
            parameters.and("agency", search.agency());
        }
        if (search.from() != null) {
            where.add("decidedAt >= :from");
            parameters.and("from", BeijingTime.startOf(search.from()));
        }
        if (search.to() != null) {
            where.add("decidedAt < :to");
            parameters.and("to", BeijingTime.startOf(search.to().plusDays(1)));
        }
        if (search.violationItem() != null) {
            require(ITEM.matcher(search.violationItem()).matches(), DisclosureProblem.VIOLATION_ITEM_INVALID,
                    "violationItem is a catalogue code such as RA-01");
            where.add("array_contains(violationItems, :item)");
            parameters.and("item", search.violationItem());
        }
        if (search.partyType() != null) {
            require(PARTY_TYPES.contains(search.partyType()), DisclosureProblem.PARTY_TYPE_INVALID,
                    "partyType is INDIVIDUAL or ORGANISATION");
            where.add("partyType = :partyType");
            parameters.and("partyType", search.partyType());
        }
        if (search.party() != null) {
            require(search.party().length() <= 100, DisclosureProblem.NAME_TOO_LONG, "party is at most 100 characters");
            where.add("partyType = 'ORGANISATION' and lower(partyName) like :party");
            parameters.and("party", "%" + search.party().strip().toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        Optional<KeysetCursor> cursor = KeysetCursor.parse(search.after());
        cursor.ifPresent(position -> {
            where.add("(decidedAt < :afterTime or (decidedAt = :afterTime and recordId < :afterId))");
            parameters.and("afterTime", position.sortKeyAsInstant()).and("afterId", position.id());
        });
        List<DisclosureRecord> page = DisclosureRecord.<DisclosureRecord>find(String.join(" and ", where)
                + " order by decidedAt desc, recordId desc", parameters).page(0, search.limit()).list();
        return new Page(page.stream().map(this::publicView).toList(),
                KeysetCursor.nextAfter(page, search.limit(), r -> new KeysetCursor(r.decidedAt.toString(), r.recordId)));
    }

    /** One decision's page: published, or withdrawn (then it says so); a draft is unknown to the public. */
    public PublicDecision one(String recordId) {
        DisclosureRecord record = recordId == null || recordId.length() > 36 ? null : DisclosureRecord.findById(recordId);
        if (record == null || record.publishedAt == null) {
            throw DisclosureProblem.DECISION_NOT_FOUND.refuse("no published decision " + recordId);
        }
        return publicView(record);
    }

    /** The record with its agency and violation items by name, as the public reads it. */
    private PublicDecision publicView(DisclosureRecord record) {
        Optional<KnownAgency> agency = agencies.find(record.agencyCode);
        Map<String, String> itemNames = new HashMap<>();
        record.violationItems.forEach(code -> EnforcementPower.<EnforcementPower>findByIdOptional(code)
                .ifPresent(power -> itemNames.put(code, power.name)));
        return PublicDecision.of(record, agency.map(a -> a.fullName).orElse(null), agency.map(a -> a.creditCode).orElse(null), itemNames);
    }

    private static void require(boolean valid, DisclosureProblem type, String detail) {
        if (!valid) {
            throw type.refuse(detail);
        }
    }
}

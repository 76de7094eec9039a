package cn.enforcement.disclosure.domain;

import cn.enforcement.platform.events.DomainEvent;
import cn.enforcement.platform.events.EventCatalog;
import cn.enforcement.platform.events.EventType;
import cn.enforcement.platform.inbox.InboundEvent;
import cn.enforcement.platform.paging.KeysetCursor;
import cn.enforcement.platform.security.RegionCode;
import cn.enforcement.problem.PlatformProblem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The feed a supervision platform (执法监督平台) follows: every case step, review outcome, disclosure, credential
 * change, evidence integrity failure and recording gap, as the services published them, in one order. A
 * partner reads it after a position it keeps and sees only its region.
 */
@ApplicationScoped
public class SupervisionFeed {

    /** Advisory lock key of the feed ("feed" in ASCII): positions are taken one transaction at a time. */
    private static final long FEED_LOCK = 0x66656564L;
    private static final String FEED = "feed";

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;

    SupervisionFeed(EntityManager entityManager, ObjectMapper json, Clock clock) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records the event in the consuming transaction. The lock, held until commit, makes positions commit in
     * the order they are taken: without it a reader could see position 11 before 10 commits and never read 10.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(InboundEvent<? extends DomainEvent> event) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, FEED_LOCK).getSingleResult();
        DomainEvent payload = event.payload();
        EventType type = EventCatalog.of(payload.getClass());
        JsonNode data = json.valueToTree(payload);
        entityManager.createNativeQuery("""
                insert into supervision_feed_entry (entry_id, kind, source, subject, case_id, agency_code, region_code, occurred_at,
                    recorded_at, data) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) on conflict (entry_id) do nothing""")
                .setParameter(1, event.eventId()).setParameter(2, type.name()).setParameter(3, type.producer().source())
                .setParameter(4, payload.aggregateId()).setParameter(5, caseOf(data)).setParameter(6, payload.agencyCode())
                .setParameter(7, payload.regionCode()).setParameter(8, event.time() == null ? clock.instant() : event.time())
                .setParameter(9, clock.instant()).setParameter(10, data.toString())
                .executeUpdate();
    }

    /** The entries after the position up to a last one, oldest first, of the region and those under it, of the kinds given (all when none). */
    public List<SupervisionFeedEntry> between(long after, long upTo, RegionCode region, List<String> kinds, int limit) {
        String kindsClause = kinds.isEmpty() ? "" : " and kind in ?4";
        Object[] parameters = kinds.isEmpty() ? new Object[] {after, upTo, region.prefix() + "%"}
                : new Object[] {after, upTo, region.prefix() + "%", kinds};
        return SupervisionFeedEntry.<SupervisionFeedEntry>find("position > ?1 and position <= ?2 and regionCode like ?3" + kindsClause
                + " order by position", parameters).page(0, limit).list();
    }

    /** The last position committed: every entry up to it is visible, since positions commit in order. */
    public long lastPosition() {
        return ((Number) entityManager.createNativeQuery("select coalesce(max(position), 0) from supervision_feed_entry")
                .getSingleResult()).longValue();
    }

    /** A page of the feed as a partner receives it, pulled or pushed, with the cursor standing after it. */
    public SupervisionFeedPage page(List<SupervisionFeedEntry> entries, long standingAt) {
        return new SupervisionFeedPage(entries.stream().map(entry -> SupervisionEntry.of(entry, json)).toList(), cursorAt(standingAt));
    }

    /** The opaque cursor of a position. */
    public static String cursorAt(long position) {
        return new KeysetCursor(Long.toString(position), FEED).encode();
    }

    /** The position a cursor of this feed stands at; 0 (the beginning) without one. */
    public static long positionOf(String cursor) {
        return KeysetCursor.parse(cursor).map(parsed -> {
            long position = FEED.equals(parsed.id()) ? parsed.sortKeyAsLong() : -1;
            if (position < 0) {
                throw PlatformProblem.CURSOR_MALFORMED.refuse("after must be the next value of a page of this feed");
            }
            return position;
        }).orElse(0L);
    }

    /** The case an event concerns, where it names one: a case event's reference, or the case of a review or record. */
    static String caseOf(JsonNode data) {
        JsonNode caseId = data.path("caseRef").path("caseId");
        if (caseId.isTextual()) {
            return caseId.asText();
        }
        return data.path("caseId").isTextual() ? data.path("caseId").asText() : null;
    }
}

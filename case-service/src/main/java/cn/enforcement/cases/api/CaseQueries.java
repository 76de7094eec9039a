package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.CaseDeadline;
import cn.enforcement.cases.domain.CaseRules;
import cn.enforcement.cases.domain.CaseStatus;
import cn.enforcement.cases.domain.HandledCase;
import cn.enforcement.cases.domain.PenaltyCase;
import cn.enforcement.platform.calendar.DeadlineFlag;
import cn.enforcement.platform.paging.KeysetCursor;
import cn.enforcement.platform.security.AgencyScope;
import cn.enforcement.platform.time.BeijingTime;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The reads of cases within the caller's scope: search with keyset pagination, and deadlines near or past. */
@RequestScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CaseQueries {

    /** What a search may filter on; every field is optional. */
    public record Criteria(CaseStatus status, String credentialNumber, String violationItem, String party, LocalDate from,
            LocalDate to, String agency, boolean overdueOnly, boolean recordedLateOnly) {
    }

    private final AgencyScope scope;
    private final CaseRules rules;
    private final Clock clock;

    CaseQueries(AgencyScope scope, CaseRules rules, Clock clock) {
        this.scope = scope;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * Newest first; the page ends where {@code after} left off. Asked for one officer's cases, the query walks
     * that officer's handled cases newest first ({@link HandledCase}), so the page is read off an index
     * however many cases the agency has.
     */
    public List<PenaltyCase> search(Criteria criteria, Optional<KeysetCursor> after, int limit) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        AgencyScope.Restriction readable = scope.readableWhere("c.agencyCode", "c.regionCode");
        where.add(readable.clause());
        readable.parameters().forEach(parameters::and);
        boolean oneOfficer = criteria.credentialNumber() != null;
        String newest = oneOfficer ? "h" : "c";
        add(where, parameters, "h.credentialNumber = :officer", "officer", criteria.credentialNumber());
        add(where, parameters, "c.agencyCode = :agency", "agency", criteria.agency());
        add(where, parameters, "c.status = :status", "status", criteria.status());
        add(where, parameters, "array_contains(c.violationItems, :item)", "item", criteria.violationItem());
        add(where, parameters, "c.partyName like :party", "party", criteria.party() == null ? null : "%" + criteria.party() + "%");
        add(where, parameters, "c.filedAt >= :from", "from", criteria.from() == null ? null : BeijingTime.startOf(criteria.from()));
        add(where, parameters, "c.filedAt < :to", "to", criteria.to() == null ? null : BeijingTime.startOf(criteria.to().plusDays(1)));
        if (criteria.overdueOnly()) {
            where.add("c.caseId in (select d.caseId from CaseDeadline d where d.status = :open and d.dueOn < :today and d.kind in :watched)");
            parameters.and("open", CaseDeadline.Status.OPEN).and("today", BeijingTime.today(clock))
                    .and("watched", CaseDeadline.Kind.watched());
        }
        if (criteria.recordedLateOnly()) {
            where.add("c.caseId in (select e.caseId from CaseTimelineEntry e where e.recordedLate = true)");
        }
        after.ifPresent(cursor -> {
            where.add("(" + newest + ".filedAt < :afterTime or (" + newest + ".filedAt = :afterTime and " + newest + ".caseId < :afterId))");
            parameters.and("afterTime", Instant.ofEpochMilli(cursor.sortKeyAsLong())).and("afterId", cursor.id());
        });
        String from = oneOfficer ? "select c from HandledCase h join PenaltyCase c on c.caseId = h.caseId" : "select c from PenaltyCase c";
        TypedQuery<PenaltyCase> query = PenaltyCase.getEntityManager().createQuery(from + " where " + String.join(" and ", where)
                + " order by " + newest + ".filedAt desc, " + newest + ".caseId desc", PenaltyCase.class).setMaxResults(limit);
        parameters.map().forEach(query::setParameter);
        return query.getResultList();
    }

    public static KeysetCursor positionOf(PenaltyCase penaltyCase) {
        return new KeysetCursor(Long.toString(penaltyCase.filedAt.toEpochMilli()), penaltyCase.caseId);
    }

    /**
     * Open watched deadlines of the given colour (YELLOW: within the warning days; RED: past) in the caller's scope,
     * soonest first: only the deadlines of that colour are read, with the case's number, not the whole case.
     */
    public List<DeadlineEntry> deadlines(String colour) {
        DeadlineFlag flag = DeadlineFlag.valueOf(colour);
        DeadlineFlag.DueWindow window = flag.dueWindow(BeijingTime.today(clock), rules.deadlineWarningDays());
        AgencyScope.Restriction readable = scope.readableWhere("d.agencyCode", "d.regionCode");
        TypedQuery<DeadlineEntry> query = CaseDeadline.getEntityManager().createQuery("select new " + DeadlineEntry.class.getName()
                + "(c.caseId, c.caseNumber, d.kind, d.dueOn, '" + flag.name() + "', d.explanation)"
                + " from CaseDeadline d join PenaltyCase c on c.caseId = d.caseId"
                + " where d.status = :open and d.kind in :watched and " + readable.clause()
                + (window.from() == null ? "" : " and d.dueOn >= :from") + (window.to() == null ? "" : " and d.dueOn <= :to")
                + " order by d.dueOn, d.id", DeadlineEntry.class)
                .setParameter("open", CaseDeadline.Status.OPEN)
                .setParameter("watched", CaseDeadline.Kind.watched());
        if (window.from() != null) {
            query.setParameter("from", window.from());
        }
        if (window.to() != null) {
            query.setParameter("to", window.to());
        }
        readable.parameters().forEach(query::setParameter);
        return query.getResultList();
    }

    private static void add(List<String> where, Parameters parameters, String clause, String name, Object value) {
        if (value != null) {
            where.add(clause);
            parameters.and(name, value);
        }
    }
}

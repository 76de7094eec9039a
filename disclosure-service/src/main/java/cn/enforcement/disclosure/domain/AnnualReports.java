package cn.enforcement.disclosure.domain;

import cn.enforcement.disclosure.readmodel.CaseFact;
import cn.enforcement.platform.events.disclosure.AnnualReportOverdue;
import cn.enforcement.platform.outbox.Outbox;
import cn.enforcement.platform.time.BeijingTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The annual statistics: a draft of a year is ready once the year is over (1 January), the disclosure admin
 * publishes it, and an agency with no published report by the due day is flagged to its supervisors, once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AnnualReports {

    private final Outbox outbox;
    private final Clock clock;
    private final DisclosureRules rules;

    AnnualReports(Outbox outbox, Clock clock, DisclosureRules rules) {
        this.outbox = outbox;
        this.clock = clock;
        this.rules = rules;
    }

    /** The published report, or the draft counted now. */
    public AnnualFigures figures(String agencyCode, int year) {
        AnnualReport report = AnnualReport.of(agencyCode, year);
        return report != null && report.publishedAt != null ? report.figures : AnnualStatistics.of(agencyCode, year);
    }

    public AnnualReport publish(String agencyCode, String regionCode, int year, String admin) {
        if (year >= BeijingTime.today(clock).getYear()) {
            throw DisclosureProblem.YEAR_NOT_OVER.refuse("the statistics of " + year + " are drafted on 1 January "
                    + (year + 1));
        }
        AnnualReport report = AnnualReport.of(agencyCode, year);
        if (report != null && report.publishedAt != null) {
            throw DisclosureProblem.REPORT_PUBLISHED.refuse("the report of " + year + " was published on "
                    + report.publishedAt);
        }
        if (report == null) {
            report = new AnnualReport();
            report.agencyCode = agencyCode;
            report.year = year;
            report.regionCode = regionCode;
            report.persist();
        }
        report.figures = AnnualStatistics.of(agencyCode, year);
        report.publishedAt = clock.instant();
        report.publishedBy = admin;
        return report;
    }

    /** Agencies active in the past year with no published report after its due day: AnnualReportOverdue once each. */
    public int flagOverdue() {
        LocalDate today = BeijingTime.today(clock);
        int year = today.getYear() - 1;
        LocalDate dueOn = rules.annualReportDue().atYear(year + 1);
        if (!today.isAfter(dueOn)) {
            return 0;
        }
        int flagged = 0;
        for (Map.Entry<String, String> agency : activeAgencies(year).entrySet()) {
            AnnualReport report = AnnualReport.of(agency.getKey(), year);
            if (report != null && (report.publishedAt != null || report.overduePublishedAt != null)) {
                continue;
            }
            if (report == null) {
                report = new AnnualReport();
                report.agencyCode = agency.getKey();
                report.year = year;
                report.regionCode = agency.getValue();
                report.persist();
            }
            report.overduePublishedAt = clock.instant();
            outbox.publish(new AnnualReportOverdue(agency.getKey(), agency.getValue(), year, dueOn, report.overduePublishedAt));
            flagged++;
        }
        return flagged;
    }

    /** The agency's region as its cases or profile say; empty for an agency unknown here. */
    public Optional<String> regionOf(String agencyCode) {
        return CaseFact.<CaseFact>find("agencyCode", agencyCode).firstResultOptional().map(f -> f.regionCode)
                .or(() -> AgencyProfile.<AgencyProfile>find("agencyCode", agencyCode).firstResultOptional().map(p -> p.regionCode));
    }

    /** Agency code to region code, for every agency with a case filed or decided in the year. */
    private static Map<String, String> activeAgencies(int year) {
        List<Object[]> rows = CaseFact.getEntityManager().createQuery("select distinct f.agencyCode, f.regionCode from CaseFact f"
                + " where (f.filedAt >= :from and f.filedAt < :to) or (f.decidedAt >= :from and f.decidedAt < :to)", Object[].class)
                .setParameter("from", BeijingTime.startOf(LocalDate.of(year, 1, 1)))
                .setParameter("to", BeijingTime.startOf(LocalDate.of(year + 1, 1, 1))).getResultList();
        Map<String, String> agencies = new TreeMap<>();
        rows.forEach(row -> agencies.put((String) row[0], (String) row[1]));
        return agencies;
    }
}

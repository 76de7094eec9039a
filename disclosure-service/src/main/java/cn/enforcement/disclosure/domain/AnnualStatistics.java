package cn.enforcement.disclosure.domain;

import cn.enforcement.disclosure.readmodel.CaseFact;
import cn.enforcement.disclosure.readmodel.RemedyFact;
import cn.enforcement.platform.time.BeijingTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Counts an agency's year from the facts kept of its cases, remedies and disclosures; a year is its Beijing calendar year. */
public final class AnnualStatistics {

    private AnnualStatistics() {
    }

    public static AnnualFigures of(String agencyCode, int year) {
        Instant from = BeijingTime.startOf(LocalDate.of(year, 1, 1));
        Instant to = BeijingTime.startOf(LocalDate.of(year + 1, 1, 1));
        List<CaseFact> facts = CaseFact.list("agencyCode = ?1 and ((filedAt >= ?2 and filedAt < ?3) or (decidedAt >= ?2 and decidedAt < ?3)"
                + " or (noPenaltyAt >= ?2 and noPenaltyAt < ?3) or (transferredAt >= ?2 and transferredAt < ?3)"
                + " or (revokedAt >= ?2 and revokedAt < ?3))", agencyCode, from, to);
        List<CaseFact> filed = within(facts, f -> f.filedAt, from, to);
        List<CaseFact> decided = within(facts, f -> f.decidedAt, from, to);
        List<RemedyFact> remedies = RemedyFact.list("agencyCode = ?1 and filedOn >= ?2 and filedOn < ?3", agencyCode,
                LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
        List<DisclosureRecord> disclosures = DisclosureRecord.list("agencyCode = ?1 and decidedAt >= ?2 and decidedAt < ?3", agencyCode,
                from, to);
        List<DisclosureRecord> due = disclosures.stream().filter(d -> d.publishedAt != null || d.status != DisclosureStatus.WITHDRAWN)
                .toList();
        long onTime = due.stream().filter(d -> d.publishedOnTime).count();
        return new AnnualFigures(
                filed.size(),
                counted(filed.stream().map(f -> f.procedure)),
                decided.size(),
                counted(decided.stream().map(f -> f.procedure)),
                counted(decided.stream().map(f -> f.penaltyKind)),
                counted(decided.stream().flatMap(f -> f.violationItems == null ? Stream.empty() : f.violationItems.stream())),
                decided.stream().filter(f -> "FINE".equals(f.penaltyKind) && f.amount != null).map(f -> f.amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add),
                within(facts, f -> f.noPenaltyAt, from, to).size(),
                within(facts, f -> f.transferredAt, from, to).size(),
                within(facts, f -> f.revokedAt, from, to).size(),
                remedies.stream().collect(Collectors.groupingBy(r -> r.kind, TreeMap::new,
                        Collectors.groupingBy(r -> r.outcome == null ? "PENDING" : r.outcome, TreeMap::new, Collectors.counting()))),
                due.size(), onTime, due.size() - onTime);
    }

    private static List<CaseFact> within(List<CaseFact> facts, Function<CaseFact, Instant> at, Instant from, Instant to) {
        return facts.stream().filter(f -> at.apply(f) != null && !at.apply(f).isBefore(from) && at.apply(f).isBefore(to)).toList();
    }

    private static Map<String, Long> counted(Stream<String> keys) {
        return keys.filter(Objects::nonNull).collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }
}

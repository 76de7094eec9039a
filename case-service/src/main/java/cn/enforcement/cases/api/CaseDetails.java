package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.CaseDeadline;
import cn.enforcement.cases.domain.CaseRemedy;
import cn.enforcement.cases.domain.CaseStatement;
import cn.enforcement.cases.domain.CaseTimelineEntry;
import cn.enforcement.cases.readmodel.CaseEvidence;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a case view shows beside the case's own row (deadlines, timeline, statements, remedies, evidence
 * count), loaded for a whole page of cases at once: five queries for the page, not five per case. The view
 * answered after every act is of one case, asked for by equality: Hibernate translates a query with a list
 * parameter anew on every execution (a tenth of case-service's CPU per act in JFR), one with a single value once.
 */
record CaseDetails(Map<String, List<CaseDeadline>> deadlines, Map<String, List<CaseTimelineEntry>> timelines,
        Map<String, List<CaseStatement>> statements, Map<String, List<CaseRemedy>> remedies, Map<String, Long> evidenceCounts) {

    static CaseDetails of(Collection<String> caseIds) {
        if (caseIds.isEmpty()) {
            return new CaseDetails(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
        }
        List<String> ids = List.copyOf(caseIds);
        String ofCases = ids.size() == 1 ? "caseId = ?1" : "caseId in ?1";
        Object cases = ids.size() == 1 ? ids.get(0) : ids;
        return new CaseDetails(
                byCase(CaseDeadline.<CaseDeadline>list(ofCases + " order by id", cases), deadline -> deadline.caseId),
                byCase(CaseTimelineEntry.<CaseTimelineEntry>list(ofCases + " order by id", cases), entry -> entry.caseId),
                byCase(CaseStatement.<CaseStatement>list(ofCases + " order by id", cases), statement -> statement.caseId),
                byCase(CaseRemedy.<CaseRemedy>list(ofCases + " order by filedOn, remedyId", cases), remedy -> remedy.caseId),
                CaseEvidence.getEntityManager().createQuery("select e.caseId, count(e) from CaseEvidence e where e." + ofCases
                        + " group by e.caseId", Object[].class).setParameter(1, cases).getResultStream()
                        .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1])));
    }

    List<CaseDeadline> deadlinesOf(String caseId) {
        return deadlines.getOrDefault(caseId, List.of());
    }

    List<CaseTimelineEntry> timelineOf(String caseId) {
        return timelines.getOrDefault(caseId, List.of());
    }

    List<CaseStatement> statementsOf(String caseId) {
        return statements.getOrDefault(caseId, List.of());
    }

    List<CaseRemedy> remediesOf(String caseId) {
        return remedies.getOrDefault(caseId, List.of());
    }

    long evidenceCountOf(String caseId) {
        return evidenceCounts.getOrDefault(caseId, 0L);
    }

    private static <T> Map<String, List<T>> byCase(List<T> rows, Function<T, String> caseOf) {
        return rows.stream().collect(Collectors.groupingBy(caseOf));
    }
}

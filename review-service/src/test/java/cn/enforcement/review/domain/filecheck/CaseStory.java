package cn.enforcement.review.domain.filecheck;

import cn.enforcement.platform.events.DomainEvent;
import cn.enforcement.platform.events.cases.CaseClosed;
import cn.enforcement.platform.events.cases.CaseDecided;
import cn.enforcement.platform.events.cases.CaseEvent;
import cn.enforcement.platform.events.cases.CaseFiled;
import cn.enforcement.platform.events.cases.CaseFilingApproved;
import cn.enforcement.platform.events.cases.CaseRef;
import cn.enforcement.platform.events.cases.DecisionServed;
import cn.enforcement.platform.events.cases.FinePaid;
import cn.enforcement.platform.events.cases.NoticeIssued;
import cn.enforcement.platform.events.disclosure.DisclosurePublished;
import cn.enforcement.platform.events.evidence.EvidenceRecorded;
import cn.enforcement.platform.time.BeijingTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A crafted case history for the file checks' tests: by default a lawful general-procedure fine of 5,000 yuan on an
 * individual, filed on day 0 (Monday 2 March 2026) and closed on day 21, which no check finds anything in; each test
 * changes the one act it is about.
 */
final class CaseStory {

    static final LocalDate DAY_0 = LocalDate.of(2026, 3, 2);
    static final CaseRef CASE = new CaseRef("case-1", "长交执罚〔2026〕1号", "220100001", "220100");
    static final String OFFICER_A = "22010001";
    static final String OFFICER_B = "22010002";

    private final List<HistoryEvent<?>> events = new ArrayList<>();
    private final Map<String, RegisteredCredential> credentials = new HashMap<>();

    static CaseStory lawfulFine() {
        return lawfulFine(new BigDecimal("5000"));
    }

    static CaseStory lawfulFine(BigDecimal amount) {
        CaseStory story = new CaseStory();
        story.credentials.put(OFFICER_A, new RegisteredCredential(OFFICER_A, "officer-a", LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31)));
        story.credentials.put(OFFICER_B, new RegisteredCredential(OFFICER_B, "officer-b", LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31)));
        return story.with(filed(List.of(OFFICER_A, OFFICER_B)))
                .with(new CaseFilingApproved(CASE, "head", at(0, 10)))
                .with(evidence(at(0, 11)))
                .with(notice(amount, false, 5, 0))
                .with(decided(amount, 10))
                .with(new DecisionServed(CASE, "DIRECT", DAY_0.plusDays(27), at(11, 10)))
                .with(new FinePaid(CASE, amount, BigDecimal.ZERO, "BANK-0001", true, BigDecimal.ZERO, BigDecimal.ZERO, at(18, 10)))
                .with(new DisclosurePublished("record-1", CASE.caseId(), CASE.caseNumber(), CASE.agencyCode(), CASE.regionCode(),
                        DAY_0.plusDays(17), true, DAY_0.plusDays(17).plusYears(3), "admin", at(15, 10)))
                .with(new CaseClosed(CASE, "PENALTY_EXECUTED", at(21, 10)));
    }

    /** {@code hour} o'clock Beijing time on day {@code day}. */
    static Instant at(int day, int hour) {
        return BeijingTime.startOf(DAY_0.plusDays(day)).plusSeconds(hour * 3600L);
    }

    static CaseFiled filed(List<String> credentials) {
        return new CaseFiled(CASE, "GENERAL", "INSPECTION", "INDIVIDUAL", "张三", List.of("ROAD_001"), credentials, at(0, 9));
    }

    static EvidenceRecorded evidence(Instant at) {
        return new EvidenceRecorded(UUID.randomUUID().toString(), CASE.caseId(), CASE.agencyCode(), CASE.regionCode(), "PHOTO",
                "INVESTIGATION", "0".repeat(64), 1024, at);
    }

    static NoticeIssued notice(BigDecimal amount, boolean hearingRights, int statementDays, int hearingDays) {
        return new NoticeIssued(CASE, "FINE", amount, hearingRights, DAY_0.plusDays(1 + statementDays),
                hearingRights ? DAY_0.plusDays(1 + hearingDays) : null, at(1, 10));
    }

    static CaseDecided decided(BigDecimal amount, int day) {
        return decided("FINE", amount, day, false, false);
    }

    static CaseDecided decided(String kind, BigDecimal amount, int day, boolean statementWaived, boolean hearingWaived) {
        return new CaseDecided(CASE, kind, amount, "《道路运输条例》第六十三条", "INDIVIDUAL", "张三", List.of("ROAD_001"), "GENERAL", null,
                "未取得道路运输经营许可从事经营", statementWaived, hearingWaived, List.of(), List.of(), at(day, 16));
    }

    CaseStory with(DomainEvent event) {
        Instant at = event instanceof CaseEvent step ? step.at() : instantOf(event);
        events.add(new HistoryEvent<>(UUID.randomUUID().toString(), at, event));
        return this;
    }

    CaseStory without(Class<? extends DomainEvent> type) {
        events.removeIf(event -> type.isInstance(event.payload()));
        return this;
    }

    /** Replaces the events of the new one's type. */
    CaseStory instead(DomainEvent event) {
        return without(event.getClass()).with(event);
    }

    CaseStory credential(RegisteredCredential credential) {
        credentials.put(credential.credentialNumber(), credential);
        return this;
    }

    CaseHistory history() {
        return new CaseHistory(CASE.caseId(), events, credentials);
    }

    List<Finding> checkedBy(FileCheck check) {
        return check.check(history());
    }

    private static Instant instantOf(DomainEvent event) {
        if (event instanceof EvidenceRecorded recorded) {
            return recorded.recordedAt();
        }
        if (event instanceof DisclosurePublished published) {
            return published.publishedAt();
        }
        throw new IllegalArgumentException("give the time of " + event.getClass().getSimpleName() + " with withAt");
    }

    /** An act done at {@code at} and recorded later, at {@code recordedAt} (offline). */
    CaseStory withRecorded(Instant at, Instant recordedAt, DomainEvent event) {
        events.add(new HistoryEvent<>(UUID.randomUUID().toString(), at, recordedAt, event));
        return this;
    }

    CaseStory withAt(Instant at, DomainEvent event) {
        events.add(new HistoryEvent<>(UUID.randomUUID().toString(), at, event));
        return this;
    }
}

import cn.enforcement.platform.events.DomainEvent;
import cn.enforcement.platform.events.EventCatalog;
import cn.enforcement.platform.events.cases.CaseClosed;
import cn.enforcement.platform.events.cases.CaseDecided;
import cn.enforcement.platform.events.cases.CaseEvent;
import cn.enforcement.platform.events.cases.CaseFiled;
import cn.enforcement.platform.events.cases.CaseFilingApproved;
import cn.enforcement.platform.events.cases.CaseRef;
import cn.enforcement.platform.events.cases.DecisionServed;
import cn.enforcement.platform.events.cases.FinePaid;
import cn.enforcement.platform.events.cases.LegalReviewRequested;
import cn.enforcement.platform.events.cases.NoticeIssued;
import cn.enforcement.platform.events.disclosure.DisclosurePublished;
import cn.enforcement.platform.events.evidence.EvidenceRecorded;
import cn.enforcement.platform.events.review.LegalReviewCompleted;
import cn.enforcement.platform.law.HearingRights;
import cn.enforcement.platform.time.BeijingTime;
import cn.enforcement.review.domain.filecheck.CaseHistory;
import cn.enforcement.review.domain.filecheck.FileChecks;
import cn.enforcement.review.domain.filecheck.HistoryEvent;
import cn.enforcement.review.domain.filecheck.RegisteredCredential;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The automated file checks over many closed case histories, beside an anchor measured in the same run: reading the
 * same histories from their stored JSON without checking them (what any consumer of the stored events pays). Each
 * history is a general-procedure fine of nine to eleven events; one in ten is served late and one in twenty is a large
 * fine decided without legal review. They are read from their JSON and checked as review-service does.
 * Usage, after a build: java -cp 'review-service/target/quarkus-app/app/*:review-service/target/quarkus-app/lib/main/*'
 * benchmarks/FileChecksBenchmark.java [histories, default 100000]
 */
public class FileChecksBenchmark {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    static final int DISTINCT = 2_000;
    static final LocalDate DAY_0 = LocalDate.of(2026, 3, 2);

    /** A history as review-service stores it: per event its id, type, time and payload JSON. */
    record StoredEvent(String eventId, String type, Instant at, String payload) {
    }

    public static void main(String[] args) throws Exception {
        int histories = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        SplittableRandom random = new SplittableRandom(20261205);
        List<List<StoredEvent>> stored = new ArrayList<>();
        for (int i = 0; i < DISTINCT; i++) {
            stored.add(history(i, random));
        }
        Map<String, RegisteredCredential> register = Map.of(
                "22010001", new RegisteredCredential("22010001", "a", LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31)),
                "22010002", new RegisteredCredential("22010002", "b", LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31)));
        FileChecks checks = new FileChecks(new HearingRights(new BigDecimal("10000"), new BigDecimal("100000")));

        run(stored, Math.min(histories, 20_000), register, checks, true);
        run(stored, Math.min(histories, 20_000), register, checks, false);
        long events = 0;
        for (int i = 0; i < histories; i++) {
            events += stored.get(i % DISTINCT).size();
        }
        long[] anchor = new long[3];
        long[] checked = new long[3];
        long findings = 0;
        for (int round = 0; round < 3; round++) {
            anchor[round] = run(stored, histories, register, checks, false)[0];
            long[] result = run(stored, histories, register, checks, true);
            checked[round] = result[0];
            findings = result[1];
        }
        java.util.Arrays.sort(anchor);
        java.util.Arrays.sort(checked);
        double anchorSeconds = anchor[1] / 1e9;
        double checkedSeconds = checked[1] / 1e9;
        System.out.printf("[filechecks] %,d closed case histories, %,d events, %d checks each (median of 3 rounds)%n", histories, events,
                checks.all().size());
        System.out.printf("[filechecks] anchor   read from JSON only     %6.2f s  %,9.0f histories/s%n", anchorSeconds,
                histories / anchorSeconds);
        System.out.printf("[filechecks] checked  read + all checks       %6.2f s  %,9.0f histories/s  %.1f µs per history, %,d findings%n",
                checkedSeconds, histories / checkedSeconds, checked[1] / 1e3 / histories, findings);
        System.out.printf("[filechecks] the checks add %.2f s to reading the histories (%.0f%%)%n", checkedSeconds - anchorSeconds,
                100 * (checkedSeconds - anchorSeconds) / anchorSeconds);
    }

    /** Reads (and when {@code check}, checks) {@code histories} histories; nanoseconds taken and findings. */
    static long[] run(List<List<StoredEvent>> stored, int histories, Map<String, RegisteredCredential> register, FileChecks checks,
            boolean check) throws Exception {
        long findings = 0;
        long started = System.nanoTime();
        for (int i = 0; i < histories; i++) {
            List<StoredEvent> history = stored.get(i % DISTINCT);
            List<HistoryEvent<?>> events = new ArrayList<>(history.size());
            for (StoredEvent event : history) {
                Class<? extends DomainEvent> type = EventCatalog.byTypeName(event.type()).orElseThrow().payload();
                events.add(new HistoryEvent<>(event.eventId(), event.at(), JSON.readValue(event.payload(), type)));
            }
            if (check) {
                findings += checks.check(new CaseHistory("case-" + i, events, register)).size();
            } else if (events.isEmpty()) {
                throw new IllegalStateException("empty history");
            }
        }
        return new long[] {System.nanoTime() - started, findings};
    }

    static List<StoredEvent> history(int i, SplittableRandom random) throws Exception {
        CaseRef ref = new CaseRef(UUID.randomUUID().toString(), "长交执罚〔2026〕" + i + "号", "220100001", "220100");
        boolean large = i % 10 == 3;
        BigDecimal amount = large ? new BigDecimal("20000") : new BigDecimal(100 + random.nextInt(9000));
        int filedOn = random.nextInt(200);
        int servedAfter = i % 10 == 7 ? 9 : 1 + random.nextInt(6);
        List<DomainEvent> events = new ArrayList<>();
        events.add(new CaseFiled(ref, "GENERAL", "INSPECTION", "INDIVIDUAL", "当事人" + i, List.of("RA-01"), List.of("22010001", "22010002"),
                at(filedOn, 9)));
        events.add(new CaseFilingApproved(ref, "head", at(filedOn, 10)));
        events.add(new EvidenceRecorded(UUID.randomUUID().toString(), ref.caseId(), "220100001", "220100", "PHOTO", "INVESTIGATION",
                "0".repeat(64), 2048, at(filedOn, 11)));
        events.add(new NoticeIssued(ref, "FINE", amount, large, DAY_0.plusDays(filedOn + 6), large ? DAY_0.plusDays(filedOn + 6) : null,
                at(filedOn + 1, 10)));
        if (large && i % 20 == 3) {
            events.add(new LegalReviewRequested(ref, "request-" + i, 1, List.of("LARGE_FINE"), false, List.of("22010001", "22010002"), null,
                    at(filedOn + 8, 9)));
            events.add(new LegalReviewCompleted("review-" + i, "request-" + i, ref.caseId(), "220100001", "220100",
                    LegalReviewCompleted.Outcome.APPROVED, "reviewer", "同意", null, at(filedOn + 9, 9)));
        }
        events.add(new CaseDecided(ref, "FINE", amount, "《公路安全保护条例》第六十四条", "INDIVIDUAL", "当事人" + i, List.of("RA-01"),
                "GENERAL", null, "违法超限运输", false, false, List.of(), List.of(), at(filedOn + 10, 16)));
        events.add(new DecisionServed(ref, "DIRECT", DAY_0.plusDays(filedOn + 30), at(filedOn + 10 + servedAfter, 10)));
        events.add(new FinePaid(ref, amount, BigDecimal.ZERO, "BANK-" + i, true, BigDecimal.ZERO, BigDecimal.ZERO, at(filedOn + 20, 10)));
        events.add(new DisclosurePublished("record-" + i, ref.caseId(), ref.caseNumber(), "220100001", "220100", DAY_0.plusDays(filedOn + 17),
                true, null, "admin", at(filedOn + 14, 10)));
        events.add(new CaseClosed(ref, "PENALTY_EXECUTED", at(filedOn + 21, 10)));
        List<StoredEvent> stored = new ArrayList<>();
        for (DomainEvent event : events) {
            Instant at = event instanceof CaseEvent step ? step.at() : event instanceof EvidenceRecorded e ? e.recordedAt()
                    : event instanceof LegalReviewCompleted r ? r.completedAt() : ((DisclosurePublished) event).publishedAt();
            stored.add(new StoredEvent(UUID.randomUUID().toString(), EventCatalog.of(event.getClass()).typeName(), at,
                    JSON.writeValueAsString(event)));
        }
        return stored;
    }

    static Instant at(int day, int hour) {
        return BeijingTime.startOf(DAY_0.plusDays(day)).plusSeconds(hour * 3600L);
    }
}

package cn.enforcement.review.api;

import static cn.enforcement.review.api.ReviewWorld.AGENCY;
import static cn.enforcement.review.api.ReviewWorld.newCase;
import static cn.enforcement.review.api.ReviewWorld.publish;
import static org.awaitility.Awaitility.await;

import cn.enforcement.platform.events.cases.CaseClosed;
import cn.enforcement.platform.events.cases.CaseDecided;
import cn.enforcement.platform.events.cases.CaseFiled;
import cn.enforcement.platform.events.cases.CaseFilingApproved;
import cn.enforcement.platform.events.cases.CaseRef;
import cn.enforcement.platform.events.cases.DecisionServed;
import cn.enforcement.platform.events.cases.FinePaid;
import cn.enforcement.platform.events.cases.NoticeIssued;
import cn.enforcement.platform.events.evidence.EvidenceRecorded;
import cn.enforcement.platform.events.personnel.CredentialIssued;
import cn.enforcement.platform.events.personnel.CredentialSnapshot;
import cn.enforcement.platform.time.BeijingTime;
import cn.enforcement.review.domain.audit.CaseFile;
import cn.enforcement.review.readmodel.KnownCredential;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Closed case files as the services publish them, for the tests of what review-service does with closed files. */
final class ClosedFiles {

    private ClosedFiles() {
    }

    /** Two officers with credentials valid today; a fine of {@code amount} without legal review; closed 30 days after filing. */
    static CaseRef closedFine(BigDecimal amount) {
        String first = credential();
        String second = credential();
        awaitRegistered(first);
        awaitRegistered(second);
        return closedFine(amount, first, second);
    }

    static CaseRef closedFine(BigDecimal amount, String first, String second) {
        return closedFine(newCase(), amount, first, second);
    }

    /** The case {@code ref} (its agency and region), handled by the two credentials, closed ten days ago. */
    static CaseRef closedFine(CaseRef ref, BigDecimal amount, String first, String second) {
        Instant filed = BeijingTime.startOf(LocalDate.now(BeijingTime.ZONE).minusDays(40)).plusSeconds(9 * 3600);
        publish(new CaseFiled(ref, "GENERAL", "INSPECTION", "INDIVIDUAL", "刘某", List.of("RA-01"), List.of(first, second), filed));
        publish(new CaseFilingApproved(ref, "cc-head", filed.plus(Duration.ofHours(1))));
        publish(new EvidenceRecorded(UUID.randomUUID().toString(), ref.caseId(), ref.agencyCode(), ref.regionCode(), "PHOTO", "INVESTIGATION", "a".repeat(64),
                1024, filed.plus(Duration.ofHours(2))));
        LocalDate noticeDay = BeijingTime.dayOf(filed).plusDays(1);
        publish(new NoticeIssued(ref, "FINE", amount, false, noticeDay.plusDays(5), null, filed.plus(Duration.ofDays(1))));
        publish(new CaseDecided(ref, "FINE", amount, "《公路安全保护条例》第六十四条", "INDIVIDUAL", "刘某", List.of("RA-01"), "GENERAL", null,
                "违法超限运输", false, false, List.of(), List.of(), filed.plus(Duration.ofDays(10))));
        publish(new DecisionServed(ref, "DIRECT", noticeDay.plusDays(25), filed.plus(Duration.ofDays(11))));
        publish(new FinePaid(ref, amount, BigDecimal.ZERO, "BANK-" + ref.caseId().substring(0, 8), true, BigDecimal.ZERO, BigDecimal.ZERO,
                filed.plus(Duration.ofDays(20))));
        publish(new CaseClosed(ref, "PENALTY_EXECUTED", filed.plus(Duration.ofDays(30))));
        return ref;
    }

    static String credential() {
        String number = newCredentialNumber();
        issue(number);
        return number;
    }

    static String newCredentialNumber() {
        return String.valueOf(22010000 + (int) (Math.random() * 9_000_000));
    }

    static void issue(String number) {
        issue(number, UUID.randomUUID().toString(), AGENCY);
    }

    /** A credential of the officer, valid from two years ago to two years ahead. */
    static void issue(String number, String officerId, String agency) {
        LocalDate today = LocalDate.now(BeijingTime.ZONE);
        publish(new CredentialIssued(new CredentialSnapshot(number, officerId, "执法员", null, agency, agency.substring(0, 6), "执法员",
                List.of("ROAD_TRANSPORT"), "ACTIVE", false, today.minusYears(2), today.plusYears(2)), Instant.now()));
    }

    static void awaitRegistered(String number) {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                KnownCredential.findById(number) != null));
    }

    static void awaitChecked(String caseId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            CaseFile file = CaseFile.findById(caseId);
            return file != null && file.checkedAt != null;
        }));
    }
}

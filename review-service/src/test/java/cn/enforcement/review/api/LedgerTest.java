package cn.enforcement.review.api;

import static cn.enforcement.platform.testing.CloudEventRecords.header;
import static cn.enforcement.review.api.ClosedFiles.awaitChecked;
import static cn.enforcement.review.api.ClosedFiles.closedFine;
import static cn.enforcement.review.api.ReviewWorld.AGENCY;
import static cn.enforcement.review.api.ReviewWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import cn.enforcement.platform.events.cases.CaseRef;
import cn.enforcement.platform.testing.KafkaRecords;
import cn.enforcement.platform.testing.TestClock;
import cn.enforcement.platform.time.BeijingTime;
import cn.enforcement.review.domain.ledger.ProblemLedger;
import cn.enforcement.platform.testing.RegisteredAgencies;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The problem ledger on the real stack: entries opened by the file checks and by supervisors, closed one by one. */
@QuarkusTest
class LedgerTest {

    private static final String REVIEW_TOPIC = "test.enforcement.review.v1";
    private static final String UNREVIEWED = "FILE_CHECK:LEGAL_REVIEW_BEFORE_MAJOR_DECISION";

    @Inject
    TestClock clock;

    @Inject
    ProblemLedger ledger;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void emptyLedger() {
        RegisteredAgencies.known();
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("delete from ledger_step").executeUpdate();
            entityManager.createNativeQuery("delete from ledger_entry_case").executeUpdate();
            entityManager.createNativeQuery("delete from ledger_entry").executeUpdate();
        });
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private static String entryOf(String sourceKey) {
        return QuarkusTransaction.requiringNew().call(() -> cn.enforcement.review.domain.ledger.LedgerEntry
                .bySource(AGENCY, sourceKey).orElseThrow().entryId);
    }

    private static ValidatableResponse entry(String user, String entryId) {
        return as(user).get("/api/v1/ledger/{id}", entryId).then();
    }

    @Test
    void aDefectFoundInClosedFilesIsRectifiedClosedByTheHeadAndReopenedWhenFoundAgain() {
        CaseRef first = closedFine(new BigDecimal("20000"));
        CaseRef second = closedFine(new BigDecimal("30000"));
        awaitChecked(first.caseId());
        awaitChecked(second.caseId());
        String entryId = entryOf(UNREVIEWED);
        entry("cc-head", entryId).statusCode(200).body("entry.source", equalTo("FILE_CHECK")).body("entry.status", equalTo("OPEN"))
                .body("caseIds", hasItems(first.caseId(), second.caseId())).body("steps.step", contains("OPENED"));
        as("cc-head").get("/api/v1/ledger?source=FILE_CHECK&status=OPEN").then().statusCode(200).body("entries.entryId", hasItem(entryId));

        Map<String, Object> rectification = Map.of("done", "补办法制审核，修订重大执法决定法制审核目录", "proof", java.util.List.of("文号 长交执〔2026〕12号"));
        as("cc-supervisor").post("/api/v1/ledger/{id}/rectification", entryId).then().statusCode(403);
        as("jl-head").body(rectification).post("/api/v1/ledger/{id}/rectification", entryId).then().statusCode(404)
                .body("code", equalTo("LEDGER_ENTRY_NOT_FOUND"));
        as("cc-head").body(Map.of("approved", true)).post("/api/v1/ledger/{id}/closing", entryId).then().statusCode(409)
                .body("code", equalTo("LEDGER_ENTRY_NOT_RECTIFIED"));
        as("cc-legal").body(rectification).post("/api/v1/ledger/{id}/rectification", entryId).then().statusCode(200)
                .body("entry.status", equalTo("RECTIFIED")).body("entry.rectifiedBy", equalTo("cc-legal"));
        as("cc-head").body(Map.of("approved", false)).post("/api/v1/ledger/{id}/closing", entryId).then().statusCode(422)
                .body("code", equalTo("LEDGER_SENT_BACK_WITHOUT_REASON"));
        as("cc-legal").body(Map.of("approved", true)).post("/api/v1/ledger/{id}/closing", entryId).then().statusCode(403);
        as("cc-head").body(Map.of("approved", false, "note", "未附修订后的目录")).post("/api/v1/ledger/{id}/closing", entryId).then()
                .statusCode(200).body("entry.status", equalTo("OPEN"));
        as("cc-legal").body(rectification).post("/api/v1/ledger/{id}/rectification", entryId).then().statusCode(200);
        as("cc-head").body(Map.of("approved", true, "note", "同意销号")).post("/api/v1/ledger/{id}/closing", entryId).then().statusCode(200)
                .body("entry.status", equalTo("CLOSED")).body("entry.closedInTime", equalTo(true))
                .body("steps.step", contains("OPENED", "RECTIFIED", "SENT_BACK", "RECTIFIED", "CLOSED"));

        CaseRef again = closedFine(new BigDecimal("25000"));
        awaitChecked(again.caseId());
        entry("cc-supervisor", entryId).statusCode(200).body("entry.status", equalTo("OPEN")).body("entry.timesReopened", equalTo(1))
                .body("caseIds", hasItem(again.caseId())).body("steps[-1].step", equalTo("REOPENED"));
    }

    @Test
    void aSupervisorOpensEntriesInTheirRegionAndAnEntryPastItsLastDayEscalatesOncePerLastDay() {
        LocalDate today = BeijingTime.today(clock);
        Map<String, Object> problem = Map.of("agencyCode", AGENCY, "source", "SUPERVISOR", "problem", "执法文书送达回证填写不规范",
                "measure", "统一送达回证模板并培训", "owner", "法制科", "dueOn", today.plusDays(10).toString());
        as("jl-supervisor").body(problem).post("/api/v1/ledger").then().statusCode(403).body("code", equalTo("OUTSIDE_SUPERVISED_REGION"));
        as("cc-head").body(problem).post("/api/v1/ledger").then().statusCode(403);
        Map<String, Object> pastDue = new java.util.HashMap<>(problem);
        pastDue.put("dueOn", today.minusDays(1).toString());
        as("cc-supervisor").body(pastDue).post("/api/v1/ledger").then().statusCode(422).body("code", equalTo("LEDGER_DUE_DATE_PAST"));
        Map<String, Object> unknownAgency = new java.util.HashMap<>(problem);
        unknownAgency.put("agencyCode", "220199999");
        as("cc-supervisor").body(unknownAgency).post("/api/v1/ledger").then().statusCode(422).body("code", equalTo("AGENCY_UNKNOWN"));
        as("cc-supervisor").get("/api/v1/ledger?agencyCode=220199999").then().statusCode(422).body("code", equalTo("AGENCY_UNKNOWN"));
        Map<String, Object> badSource = new java.util.HashMap<>(problem);
        badSource.put("source", "RUMOUR");
        as("cc-supervisor").body(badSource).post("/api/v1/ledger").then().statusCode(400);
        String entryId = as("cc-supervisor").body(problem).post("/api/v1/ledger").then().statusCode(201)
                .body("entry.status", equalTo("OPEN")).body("entry.createdBy", equalTo("cc-supervisor")).extract().path("entry.entryId");
        as("jl-head").get("/api/v1/ledger/{id}", entryId).then().statusCode(404);

        clock.travelTo(BeijingTime.startOf(today.plusDays(11)).plusSeconds(3600));
        assertThat(QuarkusTransaction.requiringNew().call(ledger::publishOverdue)).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(ledger::publishOverdue)).isZero();
        ConsumerRecord<String, String> overdue = KafkaRecords.readUntil(REVIEW_TOPIC, r -> entryId.equals(r.key()),
                r -> entryId.equals(r.key()), Duration.ofSeconds(30)).get(0);
        assertThat(header(overdue, "ce_type").orElseThrow()).contains("LedgerEntryOverdue");
        assertThat(overdue.value()).contains("\"dueOn\":\"" + today.plusDays(10) + "\"").contains("\"source\":\"SUPERVISOR\"");

        as("cc-supervisor").get("/api/v1/ledger/report?agencyCode=" + AGENCY).then().statusCode(200)
                .body("[0].bySource.find { it.source == 'SUPERVISOR' }.counts.overdue", equalTo(1))
                .body("[0].bySource.find { it.source == 'SUPERVISOR' }.counts.open", equalTo(1));
        as("cc-head").get("/api/v1/ledger?status=WHATEVER").then().statusCode(400).body("code", equalTo("LEDGER_STATUS_UNKNOWN"));
    }
}

package cn.enforcement.disclosure.api;

import static cn.enforcement.platform.testing.CloudEventRecords.event;
import static cn.enforcement.platform.testing.CloudEventRecords.header;
import static cn.enforcement.platform.testing.CloudEventRecords.newId;
import static cn.enforcement.platform.testing.DemoRealm.tokenOf;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.enforcement.disclosure.domain.AnnualReport;
import cn.enforcement.disclosure.jobs.OverdueAnnualReports;
import cn.enforcement.disclosure.readmodel.CaseFact;
import cn.enforcement.disclosure.readmodel.RemedyFact;
import cn.enforcement.platform.outbox.OutboxEntry;
import cn.enforcement.platform.testing.KafkaRecords;
import cn.enforcement.platform.testing.TestClock;
import cn.enforcement.platform.time.BeijingTime;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The annual statistics counted from case-service's events, published by the disclosure admin, flagged when late. */
@QuarkusTest
class AnnualReportTest {

    private static final String CASE_TOPIC = "test.enforcement.case.v1";
    private static final String AGENCY = "220100001";

    @Inject
    TestClock clock;

    @Inject
    OverdueAnnualReports watch;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(tokenOf(user)).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString());
    }

    /** A year of its own for this run: earlier runs' facts of that year are cleared first. */
    private static int freshYear() {
        int year = 2001 + ThreadLocalRandom.current().nextInt(20);
        QuarkusTransaction.requiringNew().run(() -> {
            Instant from = LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.ofHours(8));
            Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.ofHours(8));
            CaseFact.delete("agencyCode = ?1 and ((filedAt >= ?2 and filedAt < ?3) or (decidedAt >= ?2 and decidedAt < ?3))", AGENCY, from, to);
            RemedyFact.delete("agencyCode = ?1 and filedOn >= ?2 and filedOn < ?3", AGENCY, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
            AnnualReport.delete("agencyCode = ?1 and year = ?2", AGENCY, year);
            OutboxEntry.delete("aggregateId", AGENCY + "-" + year);
        });
        return year;
    }

    private static String ref(String caseId) {
        return "{\"caseId\":\"%s\",\"caseNumber\":\"%s-X-%s\",\"agencyCode\":\"%s\",\"regionCode\":\"220100\"}"
                .formatted(caseId, AGENCY, caseId.substring(0, 6), AGENCY);
    }

    private static void decidedCase(int year, String amount, String item, boolean reconsidered) {
        String caseId = UUID.randomUUID().toString();
        String at = year + "-05-10T02:00:00Z";
        List<ProducerRecord<String, String>> records = new ArrayList<>(List.of(
                event(CASE_TOPIC, newId(), "enforcement.case.CaseFiled.v1", caseId, """
                        {"caseRef":%s,"procedure":"GENERAL","source":"INSPECTION","partyType":"INDIVIDUAL","partyName":"某",
                         "violationItems":["%s"],"handlingCredentials":[],"at":"%s-03-01T02:00:00Z"}""".formatted(ref(caseId), item, year)),
                event(CASE_TOPIC, newId(), "enforcement.case.CaseDecided.v1", caseId, """
                        {"caseRef":%s,"penaltyKind":"FINE","amount":%s,"legalBasis":"第六十四条","partyType":"INDIVIDUAL","partyName":"某",
                         "violationItems":["%s"],"procedure":"GENERAL","organisationCreditCode":null,"facts":"超限","at":"%s"}"""
                        .formatted(ref(caseId), amount, item, at))));
        if (reconsidered) {
            String remedyId = UUID.randomUUID().toString();
            records.add(event(CASE_TOPIC, newId(), "enforcement.case.RemedyFiled.v1", caseId, """
                    {"caseRef":%s,"remedyId":"%s","kind":"RECONSIDERATION","reviewingBody":"长春市人民政府","filedOn":"%s-06-01","at":"%s"}"""
                    .formatted(ref(caseId), remedyId, year, at)));
            records.add(event(CASE_TOPIC, newId(), "enforcement.case.RemedyConcluded.v1", caseId, """
                    {"caseRef":%s,"remedyId":"%s","kind":"RECONSIDERATION","concludedOn":"%s-08-01","outcome":"UPHELD","at":"%s"}"""
                    .formatted(ref(caseId), remedyId, year, at)));
        }
        KafkaRecords.send(records.toArray(ProducerRecord[]::new));
    }

    @Test
    void theYearIsCountedFromTheEventsAndPublished() {
        int year = freshYear();
        decidedCase(year, "20000", "RA-01", true);
        decidedCase(year, "3000", "RT-01", false);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("cc-disclosure").get("/api/v1/annual-reports/" + AGENCY + "/" + year)
                .then().statusCode(200).body("published", equalTo(false)).body("figures.casesFiled", equalTo(2))
                .body("figures.remediesByKindAndOutcome.RECONSIDERATION.UPHELD", equalTo(1)));
        as("cc-disclosure").get("/api/v1/annual-reports/" + AGENCY + "/" + year).then()
                .body("figures.decisionsByViolationItem.RA-01", equalTo(1)).body("figures.fineTotal", equalTo(23000.0f))
                .body("figures.decisionsByProcedure.GENERAL", equalTo(2));
        given().get("/public/v1/annual-reports/" + AGENCY + "/" + year).then().statusCode(404).body("code", equalTo("REPORT_NOT_FOUND"));
        as("jl-disclosure").get("/api/v1/annual-reports/" + AGENCY + "/" + year).then().statusCode(404);
        as("province-supervisor").get("/api/v1/annual-reports/" + AGENCY + "/" + year).then().statusCode(200);

        as("cc-disclosure").post("/api/v1/annual-reports/" + AGENCY + "/" + LocalDate.now(BeijingTime.ZONE).getYear() + "/publication").then()
                .statusCode(409).body("code", equalTo("YEAR_NOT_OVER"));
        as("cc-disclosure").post("/api/v1/annual-reports/" + AGENCY + "/" + year + "/publication").then().statusCode(200)
                .body("published", equalTo(true));
        as("cc-disclosure").post("/api/v1/annual-reports/" + AGENCY + "/" + year + "/publication").then().statusCode(409)
                .body("code", equalTo("REPORT_PUBLISHED"));
        given().get("/public/v1/annual-reports/" + AGENCY + "/" + year).then().statusCode(200).body("figures.decisions", equalTo(2));
        given().get("/public/annual-reports/" + AGENCY + "/" + year).then().statusCode(200).body(containsString("年度行政执法数据统计"))
                .body(containsString("RA-01"));
    }

    @Test
    void anAgencyWithoutAPublishedReportAfterTheDueDayIsFlaggedOnce() {
        int year = freshYear();
        decidedCase(year, "500", "RT-01", false);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> CaseFact.count(
                "agencyCode = ?1 and decidedAt >= ?2 and decidedAt < ?3", AGENCY, LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC),
                LocalDate.of(year + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC))) > 0);
        clock.travelTo(LocalDate.of(year + 1, 1, 31).atTime(12, 0).toInstant(ZoneOffset.ofHours(8)));
        watch.watch();
        clock.travelTo(LocalDate.of(year + 1, 2, 1).atTime(9, 0).toInstant(ZoneOffset.ofHours(8)));
        watch.watch();
        watch.watch();
        List<ConsumerRecord<String, String>> flagged = KafkaRecords.readUntil("test.enforcement.disclosure.v1",
                r -> (AGENCY + "-" + year).equals(r.key()), r -> (AGENCY + "-" + year).equals(r.key()), Duration.ofSeconds(30));
        assertThat(header(flagged.get(0), "ce_type")).hasValue("enforcement.disclosure.AnnualReportOverdue.v1");
        assertThat(QuarkusTransaction.requiringNew().call(() -> AnnualReport.of(AGENCY, year).overduePublishedAt)).isNotNull();
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEntry.count("aggregateId", AGENCY + "-" + year)))
                .isEqualTo(1);
    }
}

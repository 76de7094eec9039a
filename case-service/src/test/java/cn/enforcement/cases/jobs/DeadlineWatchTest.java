package cn.enforcement.cases.jobs;

import static cn.enforcement.cases.api.Cases.as;
import static cn.enforcement.cases.api.Cases.fileGeneral;
import static cn.enforcement.cases.api.Cases.filing;
import static cn.enforcement.cases.api.Cases.twoOfficers;
import static cn.enforcement.platform.testing.CloudEventRecords.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.enforcement.cases.jobs.DeadlineWatch;
import cn.enforcement.platform.testing.KafkaRecords;
import cn.enforcement.platform.testing.TestClock;
import cn.enforcement.platform.time.BeijingTime;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The watch over the agency's deadlines, with the filing time limit set to 5 working days in the test
 * profile: a filing left unapproved turns yellow, then red, each announced once.
 */
@QuarkusTest
class DeadlineWatchTest {

    @Inject
    TestClock clock;

    @Inject
    DeadlineWatch watch;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private static List<ConsumerRecord<String, String>> announced(String caseId, String type) {
        return KafkaRecords.readUntil("test.enforcement.case.v1",
                r -> caseId.equals(r.key()) && header(r, "ce_type").orElse("").contains(type) && r.value().contains("FILING_APPROVAL"),
                r -> caseId.equals(r.key()) && header(r, "ce_type").orElse("").contains(type), Duration.ofSeconds(30));
    }

    @Test
    void aFilingLeftUnapprovedIsAnnouncedApproachingThenMissedOnceEach() {
        String caseId = as("cc-officer-1").body(filing("GENERAL", "RA-01", twoOfficers(), null, LocalDate.now(BeijingTime.ZONE).minusDays(3)))
                .post("/api/v1/cases").then().statusCode(201).extract().path("caseId");
        LocalDate dueOn = LocalDate.parse(as("cc-head").get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("deadlines.find { it.kind == 'FILING_APPROVAL' }.howComputed", containsString("5 working days"))
                .extract().path("deadlines.find { it.kind == 'FILING_APPROVAL' }.dueOn"));

        clock.travelTo(dueOn.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        watch.watch();
        watch.watch();
        assertThat(announced(caseId, "CaseDeadlineApproaching")).hasSize(1);

        clock.travelTo(dueOn.plusDays(1).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        watch.watch();
        watch.watch();
        assertThat(announced(caseId, "CaseDeadlineMissed")).hasSize(1);
        as("cc-head").get("/api/v1/cases/" + caseId).then().body("deadlines.find { it.kind == 'FILING_APPROVAL' }.colour", equalTo("RED"));
    }

    @Test
    void approvingTheFilingMeetsItsDeadline() {
        String caseId = fileGeneral(twoOfficers(), "RA-01");
        as("cc-head").get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("deadlines.find { it.kind == 'FILING_APPROVAL' }.status", equalTo("MET"));
    }
}

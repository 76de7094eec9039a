package cn.enforcement.cases.api;

import static cn.enforcement.cases.api.Cases.as;
import static cn.enforcement.cases.api.Cases.awaitCredential;
import static cn.enforcement.cases.api.Cases.filing;
import static cn.enforcement.cases.api.Cases.fileGeneral;
import static cn.enforcement.cases.api.Cases.newCredentialNumber;
import static cn.enforcement.cases.api.Cases.publishCredential;
import static cn.enforcement.cases.api.Cases.recordEvidence;
import static cn.enforcement.cases.api.Cases.twoOfficers;
import static cn.enforcement.platform.testing.DemoRealm.tokenOfClient;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import cn.enforcement.cases.domain.PublishedRuleData;
import cn.enforcement.cases.domain.calendar.CalendarService;
import cn.enforcement.platform.outbox.OutboxEntry;
import cn.enforcement.platform.testing.KafkaRecords;
import cn.enforcement.platform.testing.TestClock;
import cn.enforcement.platform.time.BeijingTime;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Who handles a case, and the province's rule data (catalogue, calendar) changed by a provincial supervisor. */
@QuarkusTest
class RuleDataAndHandlingTest {

    @Inject
    TestClock clock;

    @Inject
    CalendarService calendar;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void onlyAnOfficerAmongTheHandlingOfficersFilesOrActs() {
        List<String> own = twoOfficers();
        String third = newCredentialNumber();
        String fourth = newCredentialNumber();
        publishCredential(third, null, "ACTIVE");
        publishCredential(fourth, null, "ACTIVE");
        awaitCredential(fourth, "ACTIVE");
        awaitCredential(third, "ACTIVE");

        as("cc-officer-1").body(filing("GENERAL", "RA-01", List.of(third, fourth), null, LocalDate.now(BeijingTime.ZONE).minusDays(1)))
                .post("/api/v1/cases").then().statusCode(403).body("code", equalTo("NOT_HANDLING_OFFICER"));

        String caseId = fileGeneral(own, "RA-01");
        as("cc-head").body("{\"handlingCredentials\":[null]}").post("/api/v1/cases/" + caseId + "/officers").then().statusCode(400)
                .body("code", equalTo("MALFORMED_FIELD")).body("errors[0].field", equalTo("handlingCredentials[0]"));
        as("cc-head").body("{\"handlingCredentials\":[\"" + third + "\",\"" + third + "\"]}").post("/api/v1/cases/" + caseId + "/officers")
                .then().statusCode(422).body("code", equalTo("TWO_OFFICERS_REQUIRED"));
        as("cc-head").body("{\"handlingCredentials\":[\"" + third + "\",\"" + fourth + "\"]}")
                .post("/api/v1/cases/" + caseId + "/officers").then().statusCode(200);
        as("cc-officer-1").body("{\"penalty\":{\"kind\":\"FINE\",\"amount\":3000},\"degree\":3}")
                .post("/api/v1/cases/" + caseId + "/proposal").then().statusCode(403).body("code", equalTo("NOT_HANDLING_OFFICER"));
    }

    @Test
    void aProvincialSupervisorSetsAViolationItemAndItsTiers() {
        String code = "TT-" + UUID.randomUUID().toString().substring(0, 6);
        String item = """
                {"name":"测试违法行为","enforcementField":"ROAD_TRANSPORT","illegalActBasis":"《道路运输条例》第十条",
                 "penaltyBasis":"《道路运输条例》第六十三条","measure":"次","workSafety":false,"onExemptionList":true,
                 "tiers":[{"level":"MINOR","description":"初次","degreeFrom":0,"degreeTo":2,"individualMin":0,"individualMax":500,
                           "organisationMin":0,"organisationMax":2000},
                          {"level":"ORDINARY","description":"多次","degreeFrom":2,"individualMin":500,"individualMax":2000,
                           "organisationMin":2000,"organisationMax":10000}]}""";
        as("cc-supervisor").body(item).put("/api/v1/violation-items/" + code).then().statusCode(403)
                .body("code", equalTo("PROVINCIAL_SUPERVISOR_ONLY"));
        given().auth().oauth2(tokenOfClient("supervision-platform")).contentType(ContentType.JSON).body(item)
                .put("/api/v1/violation-items/" + code).then().statusCode(403).body("code", equalTo("PARTNER_READ_ONLY"));
        as("province-supervisor").body(item).put("/api/v1/violation-items/" + code).then().statusCode(200)
                .body("code", equalTo(code)).body("tiers.size()", equalTo(2));
        as("province-supervisor").body(item).put("/api/v1/violation-items/" + code).then().statusCode(200);
        assertThat(KafkaRecords.readUntil("test.enforcement.case.v1", r -> code.equals(r.key()), r -> code.equals(r.key()),
                Duration.ofSeconds(30)).get(0).value()).contains("\"penaltyBasis\":\"《道路运输条例》第六十三条\"")
                .contains("\"level\":\"ORDINARY\"");
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEntry.count("aggregateId = ?1 and eventType = ?2", code,
                "enforcement.case.ViolationItemPublished.v1"))).as("an unchanged item is not published again").isEqualTo(1);
        as("cc-officer-1").get("/api/v1/violation-items/" + code).then().statusCode(200)
                .body("name", equalTo("测试违法行为")).body("onExemptionList", equalTo(true))
                .body("tiers[1].individualMax", equalTo(2000.0f));
        as("cc-officer-1").queryParam("partyType", "INDIVIDUAL").queryParam("degree", 3)
                .get("/api/v1/violation-items/" + code + "/discretion").then().statusCode(200)
                .body("tier", equalTo("ORDINARY")).body("max", equalTo(2000.0f));
        as("cc-officer-1").get("/api/v1/violation-items/" + code + "/changes").then().statusCode(200)
                .body("version", org.hamcrest.Matchers.contains(1, 2)).body("[1].changedBy", org.hamcrest.Matchers.notNullValue())
                .body("[1].content.tiers[1].level", equalTo("ORDINARY"));

        as("province-supervisor").body(item.replace("\"level\":\"ORDINARY\"", "\"level\":\"MINOR\""))
                .put("/api/v1/violation-items/" + code).then().statusCode(422).body("code", equalTo("TIER_LEVEL_DUPLICATE"));
        as("province-supervisor").body(item.replace("\"individualMax\":2000", "\"individualMax\":1e20"))
                .put("/api/v1/violation-items/" + code).then().log().ifValidationFails().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        as("province-supervisor").body(item.replace("\"tiers\":[", "\"tiers\":[null,"))
                .put("/api/v1/violation-items/" + code).then().statusCode(400).body("code", equalTo("MALFORMED_FIELD"))
                .body("errors[0].field", equalTo("tiers[0]"));
        as("province-supervisor").body(item).put("/api/v1/violation-items/" + "X".repeat(21)).then().statusCode(400);
        as("province-supervisor").body("{\"days\":[{\"day\":\"2031-03-05\",\"kind\":\"HOLIDAY\",\"name\":\"" + "假".repeat(51) + "\"}]}")
                .put("/api/v1/working-calendar/2031").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        as("cc-officer-1").queryParam("partyType", "INDIVIDUAL").queryParam("degree", "1e1000000")
                .get("/api/v1/violation-items/" + code + "/discretion").then().statusCode(400);
        as("cc-officer-1").get("/api/v1/working-calendar/999999999").then().statusCode(400);
    }

    /**
     * The calendar loaded by migrations is published at start-up, for the services that count working days: what
     * was last published is forgotten, so that the start-up round finds 2026 changed and publishes it again.
     */
    @Test
    void theCalendarIsPublishedForOtherServices() {
        QuarkusTransaction.requiringNew().run(() -> {
            PublishedRuleData.deleteById("calendar-2026");
            calendar.publishChangedYears();
        });
        List<ConsumerRecord<String, String>> published = KafkaRecords.readUntil("test.enforcement.case.v1",
                r -> "calendar-2026".equals(r.key()), r -> "calendar-2026".equals(r.key()), Duration.ofSeconds(30));
        assertThat(published.get(0).value()).contains("\"year\":2026").contains("国庆节");
    }

    /** A holiday added on the second day of a statement period moves its last day by one working day. */
    @Test
    void aCalendarEditRecomputesOpenDeadlines() {
        clock.travelTo(LocalDate.of(2030, 3, 4).atTime(10, 0).atZone(cn.enforcement.platform.time.BeijingTime.ZONE).toInstant());
        List<String> officers = twoOfficers();
        String caseId = as("cc-officer-1").body(filing("GENERAL", "RA-01", officers, null, LocalDate.of(2030, 3, 1)))
                .post("/api/v1/cases").then().statusCode(201).extract().path("caseId");
        as("cc-head").post("/api/v1/cases/" + caseId + "/filing-approval").then().statusCode(200);
        recordEvidence(caseId);
        as("cc-officer-1").body("{\"penalty\":{\"kind\":\"FINE\",\"amount\":3000},\"degree\":3}")
                .post("/api/v1/cases/" + caseId + "/proposal").then().statusCode(200);
        as("cc-officer-1").post("/api/v1/cases/" + caseId + "/notice").then().statusCode(200)
                .body("deadlines.find { it.kind == 'STATEMENT' }.dueOn", equalTo("2030-03-07"));
        try {
            as("province-supervisor").body("{\"days\":[{\"day\":\"2030-03-05\",\"kind\":\"HOLIDAY\",\"name\":\"测试假日\"}]}")
                    .put("/api/v1/working-calendar/2030").then().statusCode(200).body("deadlinesMoved", greaterThanOrEqualTo(1));
            as("cc-officer-1").get("/api/v1/working-calendar/2030").then().statusCode(200).body("days[0].name", equalTo("测试假日"));
            as("cc-officer-1").get("/api/v1/working-calendar/2030/changes").then().statusCode(200)
                    .body("[-1].content.days[0].name", equalTo("测试假日"));
            KafkaRecords.readUntil("test.enforcement.case.v1", r -> false, r -> "calendar-2030".equals(r.key())
                    && r.value().contains("\"2030-03-05\"") && r.value().contains("测试假日"), Duration.ofSeconds(30));
            as("cc-officer-1").get("/api/v1/cases/" + caseId).then().statusCode(200)
                    .body("deadlines.find { it.kind == 'STATEMENT' }.dueOn", equalTo("2030-03-08"))
                    .body("deadlines.find { it.kind == 'STATEMENT' }.howComputed", containsString("recomputed"));
        } finally {
            as("province-supervisor").body("{\"days\":[]}").put("/api/v1/working-calendar/2030").then().statusCode(200);
        }
        as("cc-officer-1").get("/api/v1/cases/" + caseId).then()
                .body("deadlines.find { it.kind == 'STATEMENT' }.dueOn", equalTo("2030-03-07"));
    }
}

package cn.enforcement.personnel.api;

import static cn.enforcement.personnel.api.Personnel.as;
import static cn.enforcement.personnel.api.Personnel.credentialHolder;
import static cn.enforcement.personnel.api.Personnel.issueCredential;
import static cn.enforcement.personnel.api.Personnel.qualify;
import static cn.enforcement.personnel.api.Personnel.registerOfficer;
import static cn.enforcement.platform.testing.CloudEventRecords.header;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import cn.enforcement.personnel.jobs.CredentialMaintenance;
import cn.enforcement.platform.testing.KafkaRecords;
import cn.enforcement.platform.testing.TestClock;
import cn.enforcement.platform.time.BeijingTime;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The whole life of a credential through the API, with its events read back from the real broker. */
@QuarkusTest
class CredentialLifeTest {

    private static final String TOPIC = "test.enforcement.personnel.v1";

    @Inject
    TestClock clock;

    @Inject
    CredentialMaintenance maintenance;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private static List<String> eventTypesOf(String credentialNumber, String lastType) {
        List<ConsumerRecord<String, String>> records = KafkaRecords.readUntil(TOPIC, r -> credentialNumber.equals(r.key()),
                r -> credentialNumber.equals(r.key()) && header(r, "ce_type").orElse("").contains(lastType), Duration.ofSeconds(30));
        return records.stream().map(r -> header(r, "ce_type").orElseThrow()).toList();
    }

    private static String validityAt(String number, String at) {
        return as("cc-personnel").queryParam("at", at).get("/api/v1/credentials/" + number + "/validity")
                .then().statusCode(200).extract().path("reason");
    }

    @Test
    void suspendThenReinstateIsSeenByValidityThePublicCheckAndTheEvents() {
        String number = credentialHolder();
        given().get("/public/v1/credentials/" + number).then().statusCode(200).body("validNow", equalTo(true));

        as("cc-personnel").body("{\"reason\":\"涉嫌违规执法，停职调查\"}").post("/api/v1/credentials/" + number + "/suspension")
                .then().statusCode(200).body("status", equalTo("SUSPENDED"));
        given().get("/public/v1/credentials/" + number).then().body("validNow", equalTo(false)).body("status", equalTo("NOT_VALID"));
        as("cc-personnel").get("/api/v1/credentials/" + number + "/validity").then()
                .body("valid", equalTo(false)).body("reason", equalTo("SUSPENDED"));

        as("cc-personnel").body("{\"reason\":\"调查结束，恢复执法\"}").post("/api/v1/credentials/" + number + "/reinstatement")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        given().get("/public/v1/credentials/" + number).then().body("validNow", equalTo(true));

        assertThat(eventTypesOf(number, "CredentialReinstated")).containsExactly(
                "enforcement.personnel.CredentialIssued.v1", "enforcement.personnel.CredentialSuspended.v1",
                "enforcement.personnel.CredentialReinstated.v1");
        as("cc-personnel").get("/api/v1/credentials/" + number + "/history").then()
                .body("change", contains("ISSUED", "SUSPENDED", "REINSTATED"))
                .body("[1].reason", equalTo("涉嫌违规执法，停职调查")).body("[1].actor", equalTo("cc-personnel"));
    }

    @Test
    void validityIsAnsweredForAPastInstantTooBeforeTheSuspensionValidAfterItNot() {
        String number = credentialHolder();
        Instant before = Instant.now();
        as("cc-personnel").body("{\"reason\":\"暂扣\"}").post("/api/v1/credentials/" + number + "/suspension").then().statusCode(200);

        assertThat(validityAt(number, OffsetDateTime.ofInstant(before, java.time.ZoneOffset.ofHours(8)).toString())).isEqualTo("VALID");
        assertThat(validityAt(number, OffsetDateTime.now().plusSeconds(1).toString())).isEqualTo("SUSPENDED");
        for (String malformed : new String[] { "yesterday", "+999999999-12-31T23:59:59Z", "1899-12-31T23:59:59Z" }) {
            as("cc-personnel").queryParam("at", malformed).get("/api/v1/credentials/" + number + "/validity")
                    .then().statusCode(400).body("code", equalTo("INSTANT_MALFORMED"));
        }
    }

    @Test
    void aRevokedCredentialIsNeverReinstatedAndTheRefusalNamesTheRule() {
        String number = credentialHolder();
        as("cc-personnel").body("{\"reason\":\"错案责任追究\"}").post("/api/v1/credentials/" + number + "/revocation")
                .then().statusCode(200).body("status", equalTo("REVOKED"));
        as("cc-personnel").body("{\"reason\":\"申请恢复\"}").post("/api/v1/credentials/" + number + "/reinstatement")
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("CREDENTIAL_NOT_REINSTATABLE")).body("legalBasis", org.hamcrest.Matchers.notNullValue());
        assertThat(eventTypesOf(number, "CredentialRevoked")).endsWith("enforcement.personnel.CredentialRevoked.v1");
    }

    @Test
    void aCancelledCredentialIsNotReviewed() {
        String number = credentialHolder();
        as("cc-personnel").body("{\"reason\":\"证件遗失\"}").post("/api/v1/credentials/" + number + "/cancellation")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        as("cc-personnel").body("{\"year\":2025,\"passed\":true}").post("/api/v1/credentials/" + number + "/annual-reviews")
                .then().statusCode(409).body("code", equalTo("CREDENTIAL_FINAL"));
    }

    @Test
    void aReviewIsForAPastYearInWhichTheCredentialWasInForce() {
        String number = credentialHolder();
        int thisYear = LocalDate.now(BeijingTime.ZONE).getYear();
        as("cc-personnel").body("{\"year\":%d,\"passed\":true}".formatted(thisYear))
                .post("/api/v1/credentials/" + number + "/annual-reviews")
                .then().statusCode(422).body("code", equalTo("REVIEW_YEAR_OUT_OF_RANGE"));
    }

    @Test
    void leavingThePostCancelsTheCredential() {
        String officerId = registerOfficer();
        qualify(officerId);
        String number = issueCredential(officerId, LocalDate.now(BeijingTime.ZONE).withDayOfYear(1).toString(), "2030-12-31");

        as("cc-personnel").body("{\"reason\":\"调离执法岗位\"}").post("/api/v1/officers/" + officerId + "/departure")
                .then().statusCode(200).body("onPost", equalTo(false));
        as("cc-personnel").get("/api/v1/credentials/" + number).then().body("status", equalTo("CANCELLED"));
        as("cc-personnel").body("{\"validFrom\":\"2026-01-01\",\"validTo\":\"2030-12-31\"}")
                .post("/api/v1/officers/" + officerId + "/credentials").then().statusCode(409).body("code", equalTo("OFFICER_NOT_ON_POST"));
        assertThat(eventTypesOf(number, "CredentialCancelled")).endsWith("enforcement.personnel.CredentialCancelled.v1");
    }

    @Test
    void noCredentialWithoutAPassedExamOrEnoughTraining() {
        String officerId = registerOfficer();
        String body = "{\"validFrom\":\"2026-01-01\",\"validTo\":\"2030-12-31\"}";
        as("cc-personnel").body(body).post("/api/v1/officers/" + officerId + "/credentials")
                .then().statusCode(422).body("code", equalTo("QUALIFICATION_EXAM_NOT_PASSED"));

        as("cc-personnel").body("{\"examDate\":\"%s\",\"score\":59.5}".formatted(LocalDate.now(BeijingTime.ZONE)))
                .post("/api/v1/officers/" + officerId + "/exams").then().statusCode(201).body("passed", equalTo(false));
        as("cc-personnel").body("{\"examDate\":\"%s\",\"score\":60}".formatted(LocalDate.now(BeijingTime.ZONE)))
                .post("/api/v1/officers/" + officerId + "/exams").then().statusCode(201).body("passed", equalTo(true))
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/officers/" + officerId + "/exams"));
        as("cc-personnel").body("""
                {"course":"交通运输执法业务","kind":"PROFESSIONAL","hours":59.5,"completedOn":"%s"}""".formatted(LocalDate.now(BeijingTime.ZONE)))
                .post("/api/v1/officers/" + officerId + "/trainings").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/officers/" + officerId + "/trainings?year=" + LocalDate.now(BeijingTime.ZONE).getYear()));
        as("cc-personnel").body(body).post("/api/v1/officers/" + officerId + "/credentials")
                .then().statusCode(422).body("code", equalTo("QUALIFICATION_TRAINING_INCOMPLETE"));
        as("cc-personnel").get("/api/v1/officers/" + officerId + "/trainings").then()
                .body("hours", equalTo(59.5f)).body("shortfall", equalTo(0.5f));
        for (String year : new String[] { "1000000000", "-1", "1899" }) {
            as("cc-personnel").queryParam("year", year).get("/api/v1/officers/" + officerId + "/trainings").then().statusCode(400);
        }
    }

    @Test
    void thePublicCheckShowsOnlyWhatMayBeShown() {
        String number = credentialHolder();
        given().get("/public/v1/credentials/" + number).then().statusCode(200).header("Cache-Control", "no-cache")
                .body("name", equalTo("张伟")).body("agencyCode", equalTo("220100001"))
                .body("$", not(hasKey("idNumber"))).body("$", not(hasKey("officerId")));
        given().get("/public/v1/credentials/2201").then().statusCode(400).body("code", equalTo("CREDENTIAL_NUMBER_MALFORMED"));
        given().get("/public/v1/credentials/99999999999999").then().statusCode(404).body("code", equalTo("CREDENTIAL_NOT_FOUND"));
    }

    @Test
    void theNightlyRoundExpiresCredentialsPastTheirLastDay() {
        String officerId = registerOfficer();
        qualify(officerId);
        LocalDate lastDay = LocalDate.now(BeijingTime.ZONE).plusDays(3);
        String number = issueCredential(officerId, LocalDate.now(BeijingTime.ZONE).toString(), lastDay.toString());

        clock.travelTo(lastDay.atTime(23, 59).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
        maintenance.run();
        as("cc-personnel").get("/api/v1/credentials/" + number).then().body("status", equalTo("ACTIVE"));

        clock.travelTo(lastDay.plusDays(1).atTime(0, 5).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
        maintenance.run();
        as("cc-personnel").get("/api/v1/credentials/" + number).then().body("status", equalTo("EXPIRED"));
        assertThat(eventTypesOf(number, "CredentialExpired")).endsWith("enforcement.personnel.CredentialExpired.v1");
    }

    @Test
    void theNightlyRoundMarksAMissingAnnualReviewOnceAndAPassClearsIt() {
        String officerId = registerOfficer();
        qualify(officerId);
        int nextYear = LocalDate.now(BeijingTime.ZONE).getYear() + 1;
        String number = issueCredential(officerId, LocalDate.now(BeijingTime.ZONE).toString(), "2035-12-31");
        clock.travelTo(LocalDate.of(nextYear, 4, 1).atTime(0, 5).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());

        maintenance.run();
        maintenance.run();
        as("cc-personnel").get("/api/v1/credentials/" + number).then().body("annualReviewOverdueYear", equalTo(nextYear - 1));
        given().get("/public/v1/credentials/" + number).then().body("validNow", equalTo(false));

        as("cc-personnel").body("{\"year\":%d,\"passed\":true,\"remarks\":\"年审合格\"}".formatted(nextYear - 1))
                .post("/api/v1/credentials/" + number + "/annual-reviews").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/credentials/" + number))
                .body("annualReviewOverdueYear", equalTo(null));
        given().get("/public/v1/credentials/" + number).then().body("validNow", equalTo(true));
        List<String> types = eventTypesOf(number, "AnnualReviewRecorded");
        assertThat(types.stream().filter(t -> t.contains("AnnualReviewOverdue"))).hasSize(1);
    }

    @Test
    void movingAnOfficerIsPublishedAndTheCredentialMovesWithThem() {
        String officerId = registerOfficer();
        as("cc-personnel").body("{\"agencyCode\":\"220200001\",\"regionCode\":\"220200\",\"post\":\"执法二大队队员\"}")
                .post("/api/v1/officers/" + officerId + "/move").then().statusCode(200).body("agencyCode", equalTo("220200001"));
        as("jl-personnel").get("/api/v1/officers/" + officerId).then().statusCode(200).body("post", equalTo("执法二大队队员"));
        as("cc-personnel").get("/api/v1/officers/" + officerId).then().statusCode(404).body("code", org.hamcrest.Matchers.equalTo("OFFICER_NOT_FOUND"));
    }

    @Test
    void theLegalQualificationIsRecordedAndPublished() {
        String officerId = registerOfficer();
        as("cc-personnel").body("{\"certificateNumber\":\"A20192201001234\",\"obtainedOn\":\"2019-12-01\"}")
                .post("/api/v1/officers/" + officerId + "/legal-qualification").then().statusCode(200)
                .body("legalQualificationCertificate", equalTo("A20192201001234"));
        as("cc-personnel").body("{\"certificateNumber\":\"A20192201001234\"}")
                .post("/api/v1/officers/" + officerId + "/legal-qualification").then().statusCode(422)
                .body("code", equalTo("LEGAL_QUALIFICATION_INCOMPLETE"));
        as("cc-personnel").body("{\"certificateNumber\":\"A20192201001234\",\"obtainedOn\":\"%s\"}"
                .formatted(LocalDate.now(BeijingTime.ZONE).plusDays(1)))
                .post("/api/v1/officers/" + officerId + "/legal-qualification").then().statusCode(422)
                .body("code", equalTo("LEGAL_QUALIFICATION_IN_FUTURE"));
        as("cc-personnel").body("{\"certificateNumber\":\"A20192201001234\",\"obtainedOn\":\"%s\"}"
                .formatted(LocalDate.now(BeijingTime.ZONE)))
                .post("/api/v1/officers/" + officerId + "/legal-qualification").then().statusCode(200);
        List<ConsumerRecord<String, String>> events = KafkaRecords.readUntil(TOPIC, r -> officerId.equals(r.key()),
                r -> officerId.equals(r.key()) && header(r, "ce_type").orElse("").contains("LegalQualificationRecorded"),
                Duration.ofSeconds(30));
        assertThat(events.get(events.size() - 1).value()).contains("\"qualified\":true");
    }
}

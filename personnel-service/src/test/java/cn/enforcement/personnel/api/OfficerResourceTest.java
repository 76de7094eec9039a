package cn.enforcement.personnel.api;

import static cn.enforcement.platform.testing.CloudEventRecords.header;
import static cn.enforcement.platform.testing.TestIdentities.newResidentIdNumber;
import static cn.enforcement.personnel.api.Personnel.as;
import static cn.enforcement.personnel.api.Personnel.qualify;
import static cn.enforcement.personnel.api.Personnel.registerOfficer;
import static cn.enforcement.personnel.api.Personnel.registration;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;

import cn.enforcement.platform.testing.KafkaRecords;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OfficerResourceTest {

    @Inject
    EntityManager entityManager;

    private static final String TOPIC = "test.enforcement.personnel.v1";

    @Test
    void aPersonnelAdminRegistersAnOfficerAndTheEventIsPublished() {
        String idNumber = newResidentIdNumber();
        String officerId = as("cc-personnel").body(registration(idNumber, "220100001", null)).post("/api/v1/officers")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/officers/"))
                .body("idNumber", equalTo(idNumber))
                .body("enforcementFields", hasItems("ROAD_TRANSPORT", "ROAD_ADMINISTRATION"))
                .extract().path("officerId");

        List<ConsumerRecord<String, String>> events = KafkaRecords.readUntil(TOPIC, r -> officerId.equals(r.key()),
                r -> officerId.equals(r.key()), Duration.ofSeconds(30));
        assertThat(header(events.get(0), "ce_type")).contains("enforcement.personnel.OfficerRegistered.v1");
        assertThat(events.get(0).value()).contains("\"agencyCode\":\"220100001\"").doesNotContain(idNumber);
    }

    @Test
    void issuingACredentialPublishesCredentialIssuedKeyedByItsNumber() {
        String officerId = registerOfficer();
        qualify(officerId);
        String number = as("cc-personnel").body("{\"validFrom\":\"2026-01-01\",\"validTo\":\"2030-12-31\"}")
                .post("/api/v1/officers/" + officerId + "/credentials")
                .then().statusCode(201).body("status", equalTo("ACTIVE"))
                .body("credentialNumber", matchesPattern("22010026\\d{6}"))
                .extract().path("credentialNumber");

        List<ConsumerRecord<String, String>> events = KafkaRecords.readUntil(TOPIC, r -> number.equals(r.key()),
                r -> number.equals(r.key()), Duration.ofSeconds(30));
        assertThat(header(events.get(0), "ce_type")).contains("enforcement.personnel.CredentialIssued.v1");
        assertThat(events.get(0).value()).contains("\"officerId\":\"" + officerId + "\"", "\"validTo\":\"2030-12-31\"",
                "\"status\":\"ACTIVE\"");
    }

    @Test
    void aSecondCredentialInForceIsRefused() {
        String officerId = registerOfficer();
        qualify(officerId);
        String body = "{\"validFrom\":\"2026-01-01\",\"validTo\":\"2030-12-31\"}";
        as("cc-personnel").body(body).post("/api/v1/officers/" + officerId + "/credentials").then().statusCode(201);
        as("cc-personnel").body(body).post("/api/v1/officers/" + officerId + "/credentials")
                .then().statusCode(409).body("code", equalTo("CREDENTIAL_ALREADY_IN_FORCE"));
    }

    @Test
    void theSameIdNumberIsNotRegisteredTwice() {
        String idNumber = newResidentIdNumber();
        as("cc-personnel").body(registration(idNumber, "220100001", null)).post("/api/v1/officers").then().statusCode(201);
        as("cc-personnel").body(registration(idNumber, "220100001", null)).post("/api/v1/officers")
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("OFFICER_ALREADY_REGISTERED"));
    }

    @Test
    void anIdNumberWithAWrongCheckDigitIsRefused() {
        String idNumber = newResidentIdNumber();
        char wrong = idNumber.charAt(17) == '1' ? '2' : '1';
        as("cc-personnel").body(registration(idNumber.substring(0, 17) + wrong, "220100001", null)).post("/api/v1/officers")
                .then().statusCode(422).body("code", equalTo("ID_NUMBER_INVALID"));
    }

    @Test
    void everyMissingFieldIsListed() {
        as("cc-personnel").body("{\"name\":\"\",\"gender\":\"OTHER\"}").post("/api/v1/officers")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItems("name", "gender", "idNumber", "agencyCode", "regionCode", "post", "enforcementFields"));
    }

    @Test
    void anOfficerIsRegisteredOnlyInARegionTheAgencyServes() {
        as("cc-personnel").body(registration(newResidentIdNumber(), "220100001", null).replace("\"regionCode\":\"220100\"",
                        "\"regionCode\":\"110000\"")).post("/api/v1/officers")
                .then().statusCode(422).body("code", equalTo("REGION_OUTSIDE_AGENCY"));
        String officerId = registerOfficer();
        as("cc-personnel").body("{\"agencyCode\":\"220200001\",\"regionCode\":\"220100\",\"post\":\"执法队员\"}")
                .post("/api/v1/officers/" + officerId + "/move").then().statusCode(422).body("code", equalTo("REGION_OUTSIDE_AGENCY"));
    }

    @Test
    void anAdminRegistersOnlyForTheirOwnAgency() {
        as("cc-personnel").body(registration(newResidentIdNumber(), "220200001", null)).post("/api/v1/officers")
                .then().statusCode(403).body("code", equalTo("OUTSIDE_OWN_AGENCY"));
    }

    @Test
    void anOfficerMayNotRegisterOfficers() {
        as("cc-officer-1").body(registration(newResidentIdNumber(), "220100001", null)).post("/api/v1/officers")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        given().contentType(ContentType.JSON).body(registration(newResidentIdNumber(), "220100001", null)).post("/api/v1/officers")
                .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void anOfficerReadsOnlyTheirOwnRecordAndSeesTheIdNumberMasked() {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update officer set username = null where username = 'cc-officer-2'").executeUpdate());
        String own = as("cc-personnel").body(registration(newResidentIdNumber(), "220100001", "cc-officer-2"))
                .post("/api/v1/officers").then().statusCode(201).extract().path("officerId");
        String other = registerOfficer();

        as("cc-officer-2").get("/api/v1/officers/" + own).then().statusCode(200)
                .body("idNumber", matchesPattern("2201\\*{10}\\d{3}[0-9X]"));
        as("cc-officer-2").get("/api/v1/officers/" + other).then().statusCode(404).body("code", equalTo("OFFICER_NOT_FOUND"));
        as("cc-officer-2").get("/api/v1/officers").then().statusCode(200).body("officers.officerId", contains(own));
    }

    @Test
    void supervisorsReadTheirRegionAndOtherAgenciesSeeNothing() {
        String officerId = registerOfficer();
        as("province-supervisor").get("/api/v1/officers/" + officerId).then().statusCode(200);
        as("cc-supervisor").get("/api/v1/officers/" + officerId).then().statusCode(200);
        as("jl-supervisor").get("/api/v1/officers/" + officerId).then().statusCode(404).body("code", equalTo("OFFICER_NOT_FOUND"));
        as("jl-personnel").get("/api/v1/officers/" + officerId).then().statusCode(404).body("code", equalTo("OFFICER_NOT_FOUND"));
        as("cc-head").get("/api/v1/officers/" + officerId).then().statusCode(403);
    }

    @Test
    void theRegistryIsSearchedByFieldAndPagedByCursor() {
        String name = "检索" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 3; i++) {
            as("cc-personnel").body(registration(newResidentIdNumber(), "220100001", null).replace("张伟", name))
                    .post("/api/v1/officers").then().statusCode(201);
        }
        String next = as("cc-personnel").queryParam("name", name).queryParam("field", "ROAD_TRANSPORT").queryParam("limit", 2)
                .get("/api/v1/officers").then().statusCode(200).body("officers", hasSize(2)).extract().path("next");
        as("cc-personnel").queryParam("name", name).queryParam("limit", 2).queryParam("after", next)
                .get("/api/v1/officers").then().body("officers", hasSize(1)).body("next", nullValue());
        as("cc-personnel").queryParam("name", name).queryParam("field", "MARITIME")
                .get("/api/v1/officers").then().body("officers", hasSize(0));
        as("jl-personnel").queryParam("name", name).get("/api/v1/officers").then().body("officers", hasSize(0));
    }

    @Test
    void aRetriedRegistrationWithTheSameIdempotencyKeyRegistersOnce() {
        String key = UUID.randomUUID().toString();
        String body = registration(newResidentIdNumber(), "220100001", null);
        String first = as("cc-personnel").header("Idempotency-Key", key).body(body).post("/api/v1/officers")
                .then().statusCode(201).extract().path("officerId");
        as("cc-personnel").header("Idempotency-Key", key).body(body).post("/api/v1/officers")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("officerId", equalTo(first));
    }
}

package cn.enforcement.disclosure.readmodel;

import static cn.enforcement.platform.testing.CloudEventRecords.event;
import static cn.enforcement.platform.testing.CloudEventRecords.newId;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import cn.enforcement.platform.testing.KafkaRecords;
import cn.enforcement.platform.testing.RegisteredAgencies;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The public roster fed by real personnel events, read without a token. */
@QuarkusTest
class PublicRosterTest {

    private static final String TOPIC = "test.enforcement.personnel.v1";

    /** A fresh agency per test, registered as personnel-service would, keeps the roster of one test free of the others' officers. */
    private static String newAgency() {
        String agency = "2201" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
        RegisteredAgencies.registered(agency);
        return agency;
    }

    private static String registered(String officerId, String name, String agency) {
        return """
                {"officerId":"%s","name":"%s","agencyCode":"%s","regionCode":"220100","post":"执法科员",
                 "enforcementFields":["ROAD_TRANSPORT"],"registeredAt":"2026-11-21T08:00:00Z"}""".formatted(officerId, name, agency);
    }

    private static String credential(String officerId, String number, String name, String agency, String status,
            String effectiveAt) {
        return """
                {"credential":{"credentialNumber":"%s","officerId":"%s","officerName":"%s","agencyCode":"%s","regionCode":"220100",
                 "post":"执法科员","enforcementFields":["ROAD_TRANSPORT"],"status":"%s","annualReviewOverdue":false,
                 "validFrom":"2026-01-01","validTo":"2030-12-31"},"reason":"test","effectiveAt":"%s"}"""
                .formatted(number, officerId, name, agency, status, effectiveAt);
    }

    private static String issued(String officerId, String number, String name, String agency) {
        return credential(officerId, number, name, agency, "ACTIVE", "2026-11-21T08:01:00Z").replace(",\"reason\":\"test\"", "");
    }

    @Test
    void anOfficerWithACredentialIsOnThePublicRosterWithoutAToken() {
        String agency = newAgency();
        String withCredential = UUID.randomUUID().toString();
        String withoutCredential = UUID.randomUUID().toString();
        KafkaRecords.send(
                event(TOPIC, newId(), "enforcement.personnel.OfficerRegistered.v1", withoutCredential,
                        registered(withoutCredential, "未发证", agency)),
                event(TOPIC, newId(), "enforcement.personnel.OfficerRegistered.v1", withCredential,
                        registered(withCredential, "赵敏", agency)),
                event(TOPIC, newId(), "enforcement.personnel.CredentialIssued.v1", "22010026123456",
                        issued(withCredential, "22010026123456", "赵敏", agency)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("agency", agency)
                .get("/public/v1/officers").then().statusCode(200).header("Cache-Control", "public, max-age=300")
                .header("ETag", org.hamcrest.Matchers.notNullValue())
                .body("officers", hasSize(1))
                .body("officers[0].name", equalTo("赵敏"))
                .body("officers[0].credentialNumber", equalTo("22010026123456"))
                .body("officers[0].post", equalTo("执法科员")));
        given().queryParam("agency", agency).get("/public/v1/officers").then()
                .body(not(containsString("officerId"))).body(not(containsString("idNumber")));
        given().queryParam("agency", agency).queryParam("name", "赵").queryParam("field", "ROAD_TRANSPORT").get("/public/v1/officers")
                .then().body("officers.name", contains("赵敏"));
        given().queryParam("agency", agency).queryParam("field", "MARITIME").get("/public/v1/officers").then().body("officers", hasSize(0));
        given().queryParam("agency", agency).queryParam("field", "maritime; drop").get("/public/v1/officers").then().statusCode(400)
                .body("code", equalTo("FIELD_INVALID"));
        given().queryParam("agency", agency).get("/public/officers").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("赵敏")).body(containsString("/public/credentials/22010026123456"));
        given().queryParam("agency", "220199999").get("/public/v1/officers").then().statusCode(422).body("code", equalTo("AGENCY_UNKNOWN"));
        given().get("/public/officers").then().statusCode(200).body(containsString("请选择执法主体后查询")).body(containsString("<select name=\"agency\" required>"));
    }

    @Test
    void theCredentialMayArriveBeforeTheRegistration() {
        String agency = newAgency();
        String officerId = UUID.randomUUID().toString();
        KafkaRecords.send(event(TOPIC, newId(), "enforcement.personnel.CredentialIssued.v1", "22010026654321",
                issued(officerId, "22010026654321", "钱进", agency)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("agency", agency)
                .get("/public/v1/officers").then().statusCode(200).body("officers.name", contains("钱进")));
    }

    @Test
    void aSuspendedOfficerLeavesTheRosterAndReturnsWhenReinstated() {
        String agency = newAgency();
        String officerId = UUID.randomUUID().toString();
        KafkaRecords.send(
                event(TOPIC, newId(), "enforcement.personnel.CredentialIssued.v1", "22010026222222",
                        issued(officerId, "22010026222222", "孙敏", agency)),
                event(TOPIC, newId(), "enforcement.personnel.CredentialSuspended.v1", "22010026222222",
                        credential(officerId, "22010026222222", "孙敏", agency, "SUSPENDED", "2026-11-21T09:00:00Z")));
        String marker = UUID.randomUUID().toString();
        KafkaRecords.send(event(TOPIC, newId(), "enforcement.personnel.CredentialIssued.v1", "22010026333333",
                issued(marker, "22010026333333", "标记", agency)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("agency", agency)
                .get("/public/v1/officers").then().body("officers.name", contains("标记")));

        KafkaRecords.send(event(TOPIC, newId(), "enforcement.personnel.CredentialReinstated.v1", "22010026222222",
                credential(officerId, "22010026222222", "孙敏", agency, "ACTIVE", "2026-11-21T10:00:00Z")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("agency", agency)
                .get("/public/v1/officers").then().body("officers.name", containsInAnyOrder("标记", "孙敏")));
    }

    @Test
    void anOfficerWhoLeftThePostIsNoLongerListed() {
        String agency = newAgency();
        String officerId = UUID.randomUUID().toString();
        KafkaRecords.send(event(TOPIC, newId(), "enforcement.personnel.CredentialIssued.v1", "22010026444444",
                issued(officerId, "22010026444444", "离岗者", agency)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("agency", agency)
                .get("/public/v1/officers").then().body("officers", hasSize(1)));
        KafkaRecords.send(event(TOPIC, newId(), "enforcement.personnel.OfficerLeftPost.v1", officerId, """
                {"officerId":"%s","agencyCode":"%s","regionCode":"220100","reason":"调离","effectiveAt":"2026-11-21T11:00:00Z"}"""
                .formatted(officerId, agency)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("agency", agency)
                .get("/public/v1/officers").then().body("officers", hasSize(0)));
    }

    @Test
    void theRosterIsPagedByCursor() {
        String agency = newAgency();
        for (int i = 0; i < 3; i++) {
            String officerId = UUID.randomUUID().toString();
            String number = "220100269" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
            KafkaRecords.send(event(TOPIC, newId(), "enforcement.personnel.CredentialIssued.v1", number,
                    issued(officerId, number, "officer " + i, agency)));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("agency", agency).queryParam("limit", 200)
                .get("/public/v1/officers").then().body("officers", hasSize(3)));

        String next = given().queryParam("agency", agency).queryParam("limit", 2).get("/public/v1/officers")
                .then().body("officers", hasSize(2)).extract().path("next");
        given().queryParam("agency", agency).queryParam("limit", 2).queryParam("after", next).get("/public/v1/officers")
                .then().body("officers", hasSize(1)).body("next", equalTo(null));
    }

    @Test
    void theAgencyIsRequired() {
        given().get("/public/v1/officers").then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("AGENCY_REQUIRED"));
        given().queryParam("agency", "220100001").queryParam("limit", 0).get("/public/v1/officers").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
    }
}

package cn.enforcement.cases.readmodel;

import static cn.enforcement.platform.testing.CloudEventRecords.event;
import static cn.enforcement.platform.testing.CloudEventRecords.newId;
import static cn.enforcement.platform.testing.DemoRealm.tokenOf;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import cn.enforcement.platform.testing.KafkaRecords;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The credential read model fed by real personnel events on the real broker. */
@QuarkusTest
class CredentialReadModelTest {

    private static final String TOPIC = "test.enforcement.personnel.v1";
    private static final String ISSUED = "enforcement.personnel.CredentialIssued.v1";

    private static String newCredentialNumber() {
        return "22010026" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }

    private static String snapshot(String number, String officerName, String status, String validTo) {
        return """
                {"credentialNumber":"%s","officerId":"officer-%s","officerName":"%s","agencyCode":"220100001",
                 "regionCode":"220100","post":"执法科员","enforcementFields":["ROAD_TRANSPORT"],"status":"%s",
                 "annualReviewOverdue":false,"validFrom":"2026-01-01","validTo":"%s"}"""
                .formatted(number, number, officerName, status, validTo);
    }

    private static String issued(String number, String officerName, String validTo, String effectiveAt) {
        return "{\"credential\":" + snapshot(number, officerName, "ACTIVE", validTo) + ",\"effectiveAt\":\"" + effectiveAt + "\"}";
    }

    private static String suspended(String number, String officerName, String effectiveAt) {
        return "{\"credential\":" + snapshot(number, officerName, "SUSPENDED", "2030-12-31")
                + ",\"reason\":\"暂扣\",\"until\":null,\"effectiveAt\":\"" + effectiveAt + "\"}";
    }

    private static void awaitKnown(String number, String officerName) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(tokenOf("cc-officer-1"))
                .get("/api/v1/officer-credentials/" + number).then().statusCode(200).body("officerName", equalTo(officerName)));
    }

    @Test
    void anIssuedCredentialBecomesKnownToCaseService() {
        String number = newCredentialNumber();
        KafkaRecords.send(event(TOPIC, newId(), ISSUED, number, issued(number, "王芳", "2030-12-31", "2026-11-21T08:00:00Z")));

        awaitKnown(number, "王芳");
        given().auth().oauth2(tokenOf("cc-officer-1")).get("/api/v1/officer-credentials/" + number)
                .then().body("status", equalTo("ACTIVE")).body("validTo", equalTo("2030-12-31"));
    }

    @Test
    void aSuspensionStopsTheHolderFromActing() {
        String number = newCredentialNumber();
        KafkaRecords.send(event(TOPIC, newId(), ISSUED, number, issued(number, "周杰", "2030-12-31", "2026-11-21T08:00:00Z")),
                event(TOPIC, newId(), "enforcement.personnel.CredentialSuspended.v1", number,
                        suspended(number, "周杰", "2026-11-21T09:00:00Z")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(tokenOf("cc-officer-1"))
                .get("/api/v1/officer-credentials/" + number).then().statusCode(200).body("status", equalTo("SUSPENDED")));
    }

    @Test
    void anOlderEventArrivingLateDoesNotOverwriteANewerOne() {
        String number = newCredentialNumber();
        KafkaRecords.send(
                event(TOPIC, newId(), ISSUED, number, issued(number, "newer", "2031-12-31", "2026-11-21T09:00:00Z")),
                event(TOPIC, newId(), ISSUED, number, issued(number, "older", "2029-12-31", "2026-11-21T08:00:00Z")));
        String marker = newCredentialNumber();
        KafkaRecords.send(event(TOPIC, newId(), ISSUED, number, issued(marker, "marker", "2030-12-31", "2026-11-21T08:00:00Z")));

        awaitKnown(marker, "marker");
        given().auth().oauth2(tokenOf("cc-officer-1")).get("/api/v1/officer-credentials/" + number)
                .then().statusCode(200).body("officerName", equalTo("newer")).body("validTo", equalTo("2031-12-31"));
    }

    @Test
    void anotherAgencySeesNothingButTheProvincialSupervisorDoes() {
        String number = newCredentialNumber();
        KafkaRecords.send(event(TOPIC, newId(), ISSUED, number, issued(number, "李娜", "2030-12-31", "2026-11-21T08:00:00Z")));
        awaitKnown(number, "李娜");

        given().auth().oauth2(tokenOf("jl-officer-1")).get("/api/v1/officer-credentials/" + number).then().statusCode(404)
                .body("code", org.hamcrest.Matchers.equalTo("CREDENTIAL_NOT_KNOWN"));
        given().auth().oauth2(tokenOf("province-supervisor")).get("/api/v1/officer-credentials/" + number).then().statusCode(200);
    }

    @Test
    void anUnknownCredentialIsANotFoundProblem() {
        given().auth().oauth2(tokenOf("cc-officer-1")).get("/api/v1/officer-credentials/00000000000000")
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("CREDENTIAL_NOT_KNOWN"));
    }
}

package cn.enforcement.disclosure.api;

import static cn.enforcement.platform.testing.CloudEventRecords.event;
import static cn.enforcement.platform.testing.CloudEventRecords.newId;
import static cn.enforcement.platform.testing.DemoRealm.tokenOf;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.enforcement.platform.testing.KafkaRecords;
import cn.enforcement.platform.testing.WebhookReceiver;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Signed push to a receiver started here on 127.0.0.1: it gets signed deliveries, goes down, the subscription is
 * retried and parked, the receiver comes back, and a replay from the cursor it kept brings every entry exactly once.
 */
@QuarkusTest
class SupervisionPushTest {

    private static final String CASE_TOPIC = "test.enforcement.case.v1";

    private WebhookReceiver receiver;

    @AfterEach
    void stopReceiver() {
        if (receiver != null) {
            receiver.close();
        }
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(tokenOf(user)).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString());
    }

    private static void caseEvent(String caseId, String type, String fields) {
        String ref = "{\"caseId\":\"%s\",\"caseNumber\":\"220100001-2026-%s\",\"agencyCode\":\"220100001\",\"regionCode\":\"220100\"}"
                .formatted(caseId, caseId.substring(0, 6));
        KafkaRecords.send(event(CASE_TOPIC, newId(), "enforcement.case." + type + ".v1", caseId,
                "{\"caseRef\":%s,%s,\"at\":\"%s\"}".formatted(ref, fields, Instant.now())));
    }

    @Test
    void signedDeliveriesSurviveAnOutageByReplayFromTheReceiversCursorWithEveryEntryOnce() {
        receiver = WebhookReceiver.start();
        int port = receiver.port();
        JsonPath created = as("province-supervisor").body("{\"url\":\"%s\",\"kinds\":[\"CaseFilingApproved\",\"CaseClosed\"]}"
                .formatted(receiver.url())).post("/api/v1/supervision/subscriptions").then().statusCode(201)
                .body("status", equalTo("ACTIVE")).extract().jsonPath();
        String id = created.getString("subscriptionId");
        String secret = created.getString("secret");
        assertThat(secret).hasSize(64);
        receiver.secret(secret);
        as("province-supervisor").get("/api/v1/supervision/subscriptions").then().statusCode(200)
                .body("find { it.subscriptionId == '" + id + "' }.secret", nullValue());

        String caseId = UUID.randomUUID().toString();
        caseEvent(caseId, "CaseFilingApproved", "\"approvedBy\":\"cc-head\"");
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.kindsOf(caseId), kinds -> kinds.equals(List.of("CaseFilingApproved")));
        String keptCursor = receiver.lastCursor();
        // the receiver goes down once the platform has its acknowledgement (going down while answering loses the
        // answer: the page then comes again, which the receiver's cursor makes harmless)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("province-supervisor")
                .get("/api/v1/supervision/subscriptions/" + id + "/deliveries").then().body("statusCode", hasItem(204)));

        receiver.close();
        caseEvent(caseId, "CaseClosed", "\"outcome\":\"PAID\"");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("province-supervisor").get("/api/v1/supervision/subscriptions/" + id)
                .then().statusCode(200).body("status", equalTo("PARKED")).body("failures", equalTo(3)));
        // other tests' events of the province may share the batches: this case's entries are counted by the receiver
        as("province-supervisor").get("/api/v1/supervision/subscriptions/" + id + "/deliveries").then().statusCode(200)
                .body("[0].statusCode", nullValue()).body("[0].error", notNullValue()).body("[0].entries", greaterThanOrEqualTo(1))
                .body("findAll { it.statusCode == null }.size()", equalTo(3));

        receiver = WebhookReceiver.restart(port, secret);
        as("province-supervisor").body("{\"after\":\"%s\"}".formatted(keptCursor)).post("/api/v1/supervision/subscriptions/" + id + "/replay")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.kindsOf(caseId), kinds -> kinds.equals(List.of("CaseClosed")));
        assertThat(receiver.refusedDeliveries()).isEmpty();

        as("cc-supervisor").get("/api/v1/supervision/subscriptions/" + id).then().statusCode(404).body("code", equalTo("SUBSCRIPTION_NOT_FOUND"));
        as("province-supervisor").delete("/api/v1/supervision/subscriptions/" + id).then().statusCode(204);
        as("province-supervisor").get("/api/v1/supervision/subscriptions/" + id).then().statusCode(404);
    }

    @Test
    void onlyAllowedAddressesKnownKindsAndTheSupervisorsOwnRegionAreSubscribed() {
        as("cc-supervisor").body("{\"url\":\"https://jdpt.example.gov.cn/hook\"}").post("/api/v1/supervision/subscriptions").then()
                .statusCode(422).body("code", equalTo("PUSH_TARGET_NOT_ALLOWED"));
        as("cc-supervisor").body("{\"url\":\"http://127.0.0.1:9/hook\",\"kinds\":[\"CaseFiledd\"]}").post("/api/v1/supervision/subscriptions")
                .then().statusCode(400).body("code", equalTo("PUSH_KIND_UNKNOWN"));
        as("cc-supervisor").body("{\"url\":\"http://127.0.0.1:9/hook\",\"regionCode\":\"220200\"}").post("/api/v1/supervision/subscriptions")
                .then().statusCode(403).body("code", equalTo("PUSH_REGION_OUTSIDE_SCOPE"));
        as("cc-officer-1").body("{\"url\":\"http://127.0.0.1:9/hook\"}").post("/api/v1/supervision/subscriptions").then().statusCode(403);
    }
}

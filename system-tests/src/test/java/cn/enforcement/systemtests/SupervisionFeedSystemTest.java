package cn.enforcement.systemtests;

import static cn.enforcement.platform.testing.DemoRealm.tokenOfClient;
import static cn.enforcement.systemtests.Gateway.anonymous;
import static cn.enforcement.systemtests.Gateway.as;
import static cn.enforcement.systemtests.Gateway.readFeed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.enforcement.platform.testing.WebhookReceiver;
import cn.enforcement.systemtests.Gateway.FeedRead;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The province's supervision platform, with its client-credentials token, pulls a case's steps from the feed through
 * the gateway in the order they happened, and resumes from the cursor it kept; the steps are those case-service
 * published as the officers and the head acted.
 */
@ExtendWith(PlatformUnderTest.class)
class SupervisionFeedSystemTest {

    @Test
    void theSupervisionPlatformPullsACasesStepsInOrderAndResumesFromItsCursor() {
        List<String> officers = Gateway.demoOfficerCredentials("cc-officer-1", "cc-officer-2");
        // the platform has caught up with what the other tests (the fault drill's thousands of cases) put in the feed
        String caughtUp = Gateway.endOfFeed();
        String caseId = Gateway.fileApprovedGeneralCase(officers);

        FeedRead first = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> readFeed(caseId, caughtUp), r -> r.kinds().size() >= 2);
        assertThat(first.kinds()).containsExactly("CaseFiled", "CaseFilingApproved");

        as("cc-head").body("{\"handlingCredentials\":[\"%s\",\"%s\"]}".formatted(officers.get(1), officers.get(0)))
                .post("/api/v1/cases/" + caseId + "/officers").then().statusCode(200);
        FeedRead resumed = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> readFeed(caseId, first.next()), r -> !r.kinds().isEmpty());
        assertThat(resumed.kinds()).containsExactly("CaseOfficersAssigned");

        as("cc-officer-1").get("/api/v1/supervision/feed").then().statusCode(403);
    }

    private static RequestSpecification asSupervisionPlatform() {
        return anonymous().auth().oauth2(tokenOfClient("supervision-platform")).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString());
    }

    @Test
    void aWebhookReceiverGetsSignedDeliveriesGoesDownAndAfterAReplayReceivesEveryEntryOnce() {
        List<String> officers = Gateway.demoOfficerCredentials("cc-officer-1", "cc-officer-2");
        try (WebhookReceiver first = WebhookReceiver.start()) {
            JsonPath created = asSupervisionPlatform().body("{\"url\":\"%s\",\"kinds\":[\"CaseFiled\",\"CaseFilingApproved\",\"CaseOfficersAssigned\"]}"
                    .formatted(first.url())).post("/api/v1/supervision/subscriptions").then().statusCode(201).extract().jsonPath();
            String id = created.getString("subscriptionId");
            first.secret(created.getString("secret"));

            String caseId = Gateway.fileApprovedGeneralCase(officers);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> first.kindsOf(caseId), kinds -> kinds.size() >= 2);
            assertThat(first.kindsOf(caseId)).containsExactly("CaseFiled", "CaseFilingApproved");
            String keptCursor = first.lastCursor();
            int port = first.port();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> asSupervisionPlatform()
                    .get("/api/v1/supervision/subscriptions/" + id + "/deliveries").then().body("statusCode", hasItem(204)));
            first.close();

            as("cc-head").body("{\"handlingCredentials\":[\"%s\",\"%s\"]}".formatted(officers.get(1), officers.get(0)))
                    .post("/api/v1/cases/" + caseId + "/officers").then().statusCode(200);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> asSupervisionPlatform().get("/api/v1/supervision/subscriptions/" + id)
                    .then().statusCode(200).body("status", equalTo("PARKED")));

            try (WebhookReceiver back = WebhookReceiver.restart(port, created.getString("secret"))) {
                asSupervisionPlatform().body("{\"after\":\"%s\"}".formatted(keptCursor)).post("/api/v1/supervision/subscriptions/" + id + "/replay")
                        .then().statusCode(200).body("status", equalTo("ACTIVE"));
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> back.kindsOf(caseId), kinds -> !kinds.isEmpty());
                assertThat(back.kindsOf(caseId)).containsExactly("CaseOfficersAssigned");
                assertThat(back.refusedDeliveries()).isEmpty();
            }
            asSupervisionPlatform().delete("/api/v1/supervision/subscriptions/" + id).then().statusCode(204);
        }
    }
}

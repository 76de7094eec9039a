package cn.enforcement.platform.inbox;

import static cn.enforcement.platform.testing.CloudEventRecords.event;
import static cn.enforcement.platform.testing.CloudEventRecords.header;
import static cn.enforcement.platform.testing.CloudEventRecords.newId;
import static cn.enforcement.platform.testing.DemoRealm.tokenOf;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import cn.enforcement.platform.testing.KafkaRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The operators' dead letters on the real broker: an event whose handler failed every retry is listed and read with its
 * reason and payload, replayed once its cause is mended (the handler then applies it, once), and never replayed twice.
 */
@QuarkusTest
class DeadLetterReplayTest {

    private static final String DEAD_LETTERS = "/api/v1/operations/platform-test/dead-letters";

    @Inject
    EntityManager entityManager;

    private static RequestSpecification asOperator() {
        return given().auth().oauth2(tokenOf("province-operator"));
    }

    private static Optional<String> positionOf(String eventId) {
        List<Map<String, Object>> letters = asOperator().queryParam("limit", 200).get(DEAD_LETTERS).then().statusCode(200).extract().path("$");
        return letters.stream().filter(letter -> eventId.equals(letter.get("eventId"))).map(letter -> (String) letter.get("position"))
                .findFirst();
    }

    @Test
    void aDeadLetterIsReadAndReplayedOnceItsCauseIsMendedAndAppliedOnce() {
        String officerId = UUID.randomUUID().toString();
        String eventId = newId();
        // "flaky-4" fails the four attempts of its first delivery, so it is dead-lettered; a fifth attempt succeeds
        KafkaRecords.send(event(EventInboxTest.TOPIC, eventId, EventInboxTest.TYPE, officerId, EventInboxTest.officer(officerId, "flaky-4")));

        String position = await().atMost(Duration.ofSeconds(60)).until(() -> positionOf(eventId), Optional::isPresent).get();
        asOperator().get(DEAD_LETTERS + "/" + position).then().statusCode(200)
                .body("sourceTopic", equalTo(EventInboxTest.TOPIC)).body("eventType", equalTo(EventInboxTest.TYPE))
                .body("eventSource", equalTo("/enforcement/personnel-service")).body("reason", containsString("fails on purpose"))
                .body("payload", containsString("flaky-4")).body("headers.ce_id", equalTo(eventId)).body("replayedAt", equalTo(null));
        assertThat(EventInboxTest.rowsOf(entityManager, officerId)).isZero();

        String key = UUID.randomUUID().toString();
        asOperator().header("Idempotency-Key", key).post(DEAD_LETTERS + "/" + position + "/replay").then().statusCode(200)
                .body("replayedBy", equalTo("province-operator")).body("replayedAt", notNullValue());
        await().atMost(Duration.ofSeconds(30)).until(() -> EventInboxTest.rowsOf(entityManager, officerId) == 1);
        // the same request sent again gets its first answer; another is refused, and neither sends the event again
        asOperator().header("Idempotency-Key", key).post(DEAD_LETTERS + "/" + position + "/replay").then().statusCode(200)
                .header("Idempotent-Replayed", "true");
        asOperator().post(DEAD_LETTERS + "/" + position + "/replay").then().statusCode(409)
                .body("code", equalTo("DEAD_LETTER_ALREADY_REPLAYED"));
        assertThat(EventInboxTest.rowsOf(entityManager, officerId)).isEqualTo(1);
        assertThat(positionOf(eventId)).contains(position);
        assertThat(KafkaRecords.readAll(EventInboxTest.TOPIC, record -> carries(record, eventId)))
                .as("the event as first sent and as replayed once").hasSize(2);
    }

    @Test
    void concurrentReplaysOfOneDeadLetterSendItOnceAndRefuseTheRest() throws Exception {
        String officerId = UUID.randomUUID().toString();
        String eventId = newId();
        KafkaRecords.send(event(EventInboxTest.TOPIC, eventId, EventInboxTest.TYPE, officerId, EventInboxTest.officer(officerId, "flaky-4")));
        String position = await().atMost(Duration.ofSeconds(60)).until(() -> positionOf(eventId), Optional::isPresent).get();

        ExecutorService operators = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(operators.submit(() -> asOperator().post(DEAD_LETTERS + "/" + position + "/replay").statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnly(200, 409).containsOnlyOnce(200);
        } finally {
            operators.shutdown();
        }
        assertThat(KafkaRecords.readAll(EventInboxTest.TOPIC, record -> carries(record, eventId))).hasSize(2);
    }

    private static boolean carries(ConsumerRecord<String, String> record, String eventId) {
        return header(record, "ce_id").filter(eventId::equals).isPresent();
    }

    @Test
    void onlyOperatorsSeeDeadLettersAndOnlyOfTheServiceTheyAsk() {
        given().auth().oauth2(tokenOf("province-supervisor")).get(DEAD_LETTERS).then().statusCode(403);
        given().get(DEAD_LETTERS).then().statusCode(401);
        asOperator().get("/api/v1/operations/case/dead-letters").then().statusCode(404).body("code", equalTo("DEAD_LETTER_NOT_FOUND"));
        asOperator().get(DEAD_LETTERS + "/0-999999999").then().statusCode(404).body("code", equalTo("DEAD_LETTER_NOT_FOUND"));
        asOperator().get(DEAD_LETTERS + "/not-a-position").then().statusCode(404).body("code", equalTo("DEAD_LETTER_NOT_FOUND"));
        asOperator().queryParam("after", "abc").get(DEAD_LETTERS).then().statusCode(400).body("code", equalTo("CURSOR_MALFORMED"));
        asOperator().queryParam("limit", 201).get(DEAD_LETTERS).then().statusCode(400);
    }
}

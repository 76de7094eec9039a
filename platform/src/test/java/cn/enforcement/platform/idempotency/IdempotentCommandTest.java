package cn.enforcement.platform.idempotency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotentCommandTest {

    @Inject
    EntityManager entityManager;

    private long effectsOf(String subject) {
        return ((Number) entityManager.createNativeQuery("select count(*) from test_effect where subject = ?1")
                .setParameter(1, subject).getSingleResult()).longValue();
    }

    @Test
    void aRepeatWithTheSameKeyAndBodyReturnsTheFirstResponseWithoutASecondEffect() {
        String subject = "repeat-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String body = "{\"subject\":\"" + subject + "\",\"amount\":5}";
        int firstId = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/test/commands").then().statusCode(201).extract().path("id");

        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/test/commands").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", org.hamcrest.Matchers.endsWith("/test/commands/" + firstId))
                .body("id", equalTo(firstId));

        assertThat(effectsOf(subject)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        String subject = "reuse-" + UUID.randomUUID();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"subject\":\"" + subject + "\",\"amount\":5}").post("/test/commands").then().statusCode(201);

        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"subject\":\"" + subject + "\",\"amount\":6}").post("/test/commands").then()
                .statusCode(422).contentType("application/problem+json").body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));

        assertThat(effectsOf(subject)).isEqualTo(1);
    }

    @Test
    void withoutAKeyEveryRequestTakesEffect() {
        String subject = "nokey-" + UUID.randomUUID();
        String body = "{\"subject\":\"" + subject + "\",\"amount\":5}";
        given().contentType(ContentType.JSON).body(body).post("/test/commands").then().statusCode(201);
        given().contentType(ContentType.JSON).body(body).post("/test/commands").then().statusCode(201);
        assertThat(effectsOf(subject)).isEqualTo(2);
    }

    @Test
    void aRefusedCommandLeavesNeitherEffectNorRecordSoARetryIsJudgedAfresh() {
        String subject = "refused-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String body = "{\"subject\":\"" + subject + "\",\"amount\":999}";
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/test/commands")
                .then().statusCode(422).body("code", equalTo("TEST_RULE"));
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/test/commands")
                .then().statusCode(422).body("code", equalTo("TEST_RULE"));
        assertThat(effectsOf(subject)).isZero();
    }

    @Test
    void aKeyWhoseRecordExpiredIsClaimedAfreshForAnyRequest() {
        String key = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into idempotency_record (caller, idem_key, fingerprint, status, body, created_at, expires_at)
                values ('anonymous', ?1, 'an earlier request', 201, '{}', now() - interval '2 days', now() - interval '1 day')""")
                .setParameter(1, key).executeUpdate());
        String subject = "expired-" + UUID.randomUUID();

        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body("{\"subject\":\"" + subject + "\",\"amount\":5}")
                .post("/test/commands").then().statusCode(201).header("Idempotent-Replayed", nullValue());

        assertThat(effectsOf(subject)).isEqualTo(1);
    }

    @Test
    void aMalformedKeyIsRefused() {
        given().contentType(ContentType.JSON).header("Idempotency-Key", "short")
                .body("{\"subject\":\"x\",\"amount\":5}").post("/test/commands").then()
                .statusCode(400).body("code", equalTo("IDEMPOTENCY_KEY_INVALID"));
    }
}

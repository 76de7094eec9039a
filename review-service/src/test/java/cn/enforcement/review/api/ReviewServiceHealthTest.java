package cn.enforcement.review.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The service starts on the real stack and is ready when it reaches its database; Kafka is not part of readiness, since
 * commands are taken while the broker is away and their events wait in the outbox.
 */
@QuarkusTest
class ReviewServiceHealthTest {

    @Test
    void readinessCoversTheDatabaseButNotKafka() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", not(hasItem("Kafka connection health check")));
    }

    @Test
    void metricsAreExposedForPrometheus() {
        given().get("/q/metrics").then().statusCode(200).body(org.hamcrest.Matchers.containsString("enforcement_outbox_backlog"));
    }
}

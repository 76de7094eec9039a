package cn.enforcement.evidence.domain.store;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Readiness against the real local S3 store and PostgreSQL. Kafka is not part of it: while the broker is away the
 * service still takes commands (their events wait in the outbox), so it must stay in rotation.
 */
@QuarkusTest
class EvidenceStoreHealthTest {

    @Test
    void readinessCoversTheObjectStoreAndTheDatabaseButNotKafka() {
        // the local S3Proxy answers NotImplemented to object lock: readiness says so, and intake does not depend on it
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("evidence object store"))
                .body("checks.find { it.name == 'evidence object store' }.data.bucket", equalTo("evidence"))
                .body("checks.find { it.name == 'evidence object store' }.data.objectLock", equalTo(false))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", not(hasItem("Kafka connection health check")));
    }
}

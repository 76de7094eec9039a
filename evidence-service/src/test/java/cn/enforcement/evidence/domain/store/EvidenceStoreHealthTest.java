package cn.enforcement.evidence.domain.store;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Readiness against the real local S3 store, PostgreSQL and Kafka. */
@QuarkusTest
class EvidenceStoreHealthTest {

    @Test
    void readinessCoversTheObjectStoreTheDatabaseAndKafka() {
        // the local S3Proxy answers NotImplemented to object lock: readiness says so, and intake does not depend on it
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("evidence object store"))
                .body("checks.find { it.name == 'evidence object store' }.data.bucket", equalTo("evidence"))
                .body("checks.find { it.name == 'evidence object store' }.data.objectLock", equalTo(false))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", hasItem("Kafka connection health check"));
    }
}

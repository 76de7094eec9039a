package cn.enforcement.platform.persistence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The statements of an act, counted as the benchmark of acts reads them (TestCommandResource runs two). */
@QuarkusTest
class StatementCounterTest {

    @Inject
    MeterRegistry metrics;

    @Inject
    EntityManager entityManager;

    private double counted(String origin) {
        return metrics.get("enforcement.sql.statements").tag("origin", origin).counter().count();
    }

    private static void command(String idempotencyKey) {
        var request = given().contentType(ContentType.JSON).body("{\"subject\":\"counted-" + UUID.randomUUID() + "\",\"amount\":5}");
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        request.post("/test/commands").then().statusCode(201);
    }

    @Test
    void aCommandCountsItsOwnStatementsAsHttpWork() {
        double before = counted("http");
        command(null);
        assertThat(counted("http") - before).isEqualTo(2);
    }

    @Test
    void anIdempotencyKeyAddsItsClaimAndItsStoredAnswer() {
        double before = counted("http");
        command(UUID.randomUUID().toString());
        // the claim, the command's two, the stored answer
        assertThat(counted("http") - before).isEqualTo(4);
    }

    @Test
    void workOutsideARequestCountsAsBackground() {
        double http = counted("http");
        double background = counted("background");
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("select 1").getSingleResult());
        assertThat(counted("background") - background).isGreaterThanOrEqualTo(1);
        assertThat(counted("http")).isEqualTo(http);
    }
}

package cn.enforcement.gateway;

import static cn.enforcement.platform.testing.DemoRealm.tokenOf;
import static cn.enforcement.platform.testing.DemoRealm.tokenOfClient;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * What the gateway refuses by itself, with real Keycloak tokens. In the test profile the services
 * point at a closed port, so an admitted request shows up as 503 from the unreachable upstream.
 */
@QuarkusTest
class GatewayRefusalsTest {

    @Test
    void withoutATokenTheAnswerIs401Problem() {
        given().get("/api/v1/officers/x").then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED")).header("X-Request-Id", notNullValue());
    }

    @Test
    void aForgedTokenIs401() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl").get("/api/v1/officers/x")
                .then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void aRoleOutsideTheRouteIs403() {
        given().auth().oauth2(tokenOfClient("payment-platform")).get("/api/v1/officers/x")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void anAdmittedRequestToADownServiceIs503() {
        given().auth().oauth2(tokenOf("cc-officer-1")).get("/api/v1/officers/x")
                .then().statusCode(503).contentType("application/problem+json").body("code", equalTo("SERVICE_UNAVAILABLE"));
    }

    @Test
    void aBodyOverTheRouteLimitIs413BeforeAnythingIsForwarded() {
        given().auth().oauth2(tokenOf("cc-personnel")).contentType("application/json").body(new byte[2 * 1024 * 1024])
                .post("/api/v1/officers").then().statusCode(413).body("code", equalTo("PAYLOAD_TOO_LARGE"));
    }

    @Test
    void anUnknownPathIs404Problem() {
        given().auth().oauth2(tokenOf("cc-officer-1")).get("/api/v9/nothing").then().statusCode(404)
                .body("code", equalTo("NO_ROUTE"));
    }

    @Test
    void aCallerIdCarriedInIsPassedBack() {
        given().header("X-Request-Id", "req-12345").get("/public/v1/officers?agency=220100001")
                .then().header("X-Request-Id", "req-12345");
    }
}

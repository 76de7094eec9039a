package cn.enforcement.gateway.api;

import static cn.enforcement.platform.testing.DemoRealm.tokenOf;
import static cn.enforcement.platform.testing.DemoRealm.tokenOfClient;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What the gateway refuses by itself, with real Keycloak tokens. In the test profile the services
 * point at a closed port, so an admitted request shows up as 503 from the unreachable upstream;
 * review points at {@link ReviewUpstream}, which reads requests and never answers.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GatewayRefusalsTest {

    @BeforeAll
    static void startReviewUpstream() {
        ReviewUpstream.start();
    }

    @Test
    void anUpstreamThatDoesNotAnswerInTimeIs504() {
        given().auth().oauth2(tokenOf("cc-officer-1")).get("/api/v1/reviews/any")
                .then().statusCode(504).contentType("application/problem+json").body("code", equalTo("UPSTREAM_TIMEOUT"));
    }

    @Test
    void theWebClientsOriginPassesTheCorsPreflight() {
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization,Idempotency-Key")
                .options("/api/v1/officers").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000");
    }

    @Test
    void anUnknownOriginGetsNoCorsGrant() {
        given().header("Origin", "https://evil.example.com").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/officers").then().header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

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

    /** Last of the class: it empties the anonymous bucket of this address, which the other tests' public requests share. */
    @Test
    @Order(Integer.MAX_VALUE)
    void anAnonymousCallerPastThePublicLimitGets429WithRetryAfter() {
        boolean limited = false;
        for (int i = 0; i < 80 && !limited; i++) {
            Response response = given().get("/public/v1/credentials/22010026000001");
            if (response.statusCode() == 429) {
                limited = true;
                assertThat(response.getHeader("Retry-After")).isNotBlank();
                assertThat(response.getContentType()).startsWith("application/problem+json");
            }
        }
        assertThat(limited).as("the public credential check is rate-limited").isTrue();
    }

    @Test
    void anUnknownPathIs404Problem() {
        given().auth().oauth2(tokenOf("cc-officer-1")).get("/api/v9/nothing").then().statusCode(404)
                .body("code", equalTo("NO_ROUTE"));
    }

    @Test
    void aBrowserAskingForAPageGetsTheRefusalAsAPageInChinese() {
        String page = given().header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").get("/public/no-such-page").then().statusCode(404)
                .contentType(org.hamcrest.Matchers.startsWith("text/html")).extract().asString();
        assertThat(page).contains("lang=\"zh-CN\"").contains("检查网址是否输入正确").contains("href=\"/public\"")
                .contains("/public/complaints").contains("NO_ROUTE");
        String down = given().header("Accept", "text/html").get("/public/decisions").then().statusCode(503).extract().asString();
        assertThat(down).contains("服务暂时不可用").contains("SERVICE_UNAVAILABLE");
        given().header("Accept", "application/json").get("/public/no-such-page").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("NO_ROUTE"));
    }

    @Test
    void aCallerIdCarriedInIsPassedBack() {
        given().header("X-Request-Id", "req-12345").get("/public/v1/officers?agency=220100001")
                .then().header("X-Request-Id", "req-12345");
    }
}

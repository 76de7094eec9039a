package cn.enforcement.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemMappersTest {

    @Test
    void everyInvalidFieldIsListed() {
        given().contentType(ContentType.JSON).body("{\"subject\":\"\",\"amount\":0}").post("/test/commands")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", containsInAnyOrder("subject", "amount"));
    }

    @Test
    void anUnknownFieldIsRefusedByName() {
        given().contentType(ContentType.JSON).body("{\"subject\":\"a\",\"amount\":1,\"fine\":5}").post("/test/commands")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("UNKNOWN_FIELD")).body("errors[0].field", equalTo("fine"));
    }

    @Test
    void aWrongTypeIsRefusedByField() {
        given().contentType(ContentType.JSON).body("{\"subject\":\"a\",\"amount\":\"many\"}").post("/test/commands")
                .then().statusCode(400).body("code", equalTo("MALFORMED_FIELD")).body("errors[0].field", equalTo("amount"));
    }

    @Test
    void brokenJsonIsABadRequest() {
        given().contentType(ContentType.JSON).body("{\"subject\":").post("/test/commands")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aRuleOfLawRefusalCarriesItsCodeAndLegalBasis() {
        given().contentType(ContentType.JSON).body("{\"subject\":\"rule\",\"amount\":999}").post("/test/commands")
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("TEST_RULE")).body("legalBasis", equalTo("PL 1"))
                .body("type", equalTo("https://enforcement.example.cn/problems/test-rule"));
    }

    @Test
    void anUnexpectedFailureIsAProblemThatRevealsNothingInside() {
        given().get("/test/crash").then().statusCode(500).contentType("application/problem+json")
                .body("code", equalTo("INTERNAL_ERROR")).body("detail", not(containsString("hunter2")));
    }

    @Test
    void anUnknownPathIsANotFoundProblem() {
        given().get("/test/nothing-here").then().statusCode(404);
    }

    @Test
    void aWrongContentTypeIsAProblem() {
        given().contentType(ContentType.TEXT).body("hello").post("/test/commands")
                .then().statusCode(415).contentType("application/problem+json").body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void aRecordSentAsAnotherMediaTypeIsRefusedUnread() {
        given().contentType("text/plain").body("{\"kind\":\"FINE\"}").post("/test/typed").then().statusCode(415)
                .contentType("application/problem+json").body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        given().contentType("application/x-www-form-urlencoded").body("kind=FINE").post("/test/typed").then().statusCode(415);
        given().contentType("application/json; charset=UTF-8").body("{\"kind\":\"FINE\"}").post("/test/typed").then().statusCode(200);
    }

    @Test
    void truncatedJsonIsMalformedJson() {
        given().contentType(ContentType.JSON).body("{\"subject\":").post("/test/commands")
                .then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));
    }

    @Test
    void noFieldIsCoercedFromAnotherJsonType() {
        String valid = "{\"kind\":\"FINE\",\"day\":\"2026-11-21\",\"text\":\"吉A\",\"count\":2,\"flag\":true}";
        given().contentType(ContentType.JSON).body(valid).post("/test/typed").then().statusCode(200).body("day", equalTo("2026-11-21"));
        for (String[] wrong : new String[][] { { "kind", "0" }, { "day", "20261121" }, { "day", "\"+999999999-01-01\"" },
                { "day", "\"1899-12-31\"" }, { "text", "5" }, { "text", "true" }, { "count", "\"2\"" }, { "flag", "1" } }) {
            String body = valid.replaceFirst("\"" + wrong[0] + "\":[^,}]+", "\"" + wrong[0] + "\":" + wrong[1]);
            given().contentType(ContentType.JSON).body(body).post("/test/typed").then().statusCode(400)
                    .body("code", equalTo("MALFORMED_FIELD")).body("errors[0].field", equalTo(wrong[0]));
        }
    }

    @Test
    void aFieldNamedTwiceIsRefusedByNameWhereverItStands() {
        given().contentType(ContentType.JSON).body("{\"subject\":\"a\",\"amount\":1,\"subject\":\"b\"}").post("/test/commands")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("DUPLICATE_FIELD")).body("errors[0].field", equalTo("subject"));
        given().contentType(ContentType.JSON).body("{\"kind\":\"FINE\",\"count\":1,\"count\":1}").post("/test/typed")
                .then().statusCode(400).body("code", equalTo("DUPLICATE_FIELD")).body("errors[0].field", equalTo("count"));
    }

    @Test
    void aNullInsideAListOrAnEmptyDateIsMalformed() {
        given().contentType(ContentType.JSON).body("{\"kind\":\"FINE\",\"items\":[\"a\",null]}").post("/test/typed")
                .then().statusCode(400).body("code", equalTo("MALFORMED_FIELD")).body("errors[0].field", equalTo("items[1]"));
        given().contentType(ContentType.JSON).body("{\"kind\":\"FINE\",\"day\":\"\"}").post("/test/typed")
                .then().statusCode(400).body("code", equalTo("MALFORMED_FIELD")).body("errors[0].field", equalTo("day"));
        given().contentType(ContentType.JSON).body("{\"kind\":\"FINE\",\"items\":[\"a\"]}").post("/test/typed")
                .then().statusCode(200).body("items[0]", equalTo("a"));
    }

    @Test
    void aValueTooLongForItsColumnIsA422NotA500() {
        given().contentType(ContentType.TEXT).body("长".repeat(101)).post("/test/unbounded")
                .then().statusCode(422).contentType("application/problem+json").body("code", equalTo("VALUE_OUT_OF_RANGE"));
        given().contentType(ContentType.TEXT).body("短").post("/test/unbounded").then().statusCode(204);
    }

    @Test
    void aMalformedDateEnumOrInstantParameterIsA400NamingIt() {
        given().queryParam("day", "2026-12-03").queryParam("kind", "FINE").header("At", "2026-12-03T08:00:00+08:00").get("/test/dated")
                .then().statusCode(200).body(equalTo("2026-12-03 FINE 2026-12-03T00:00:00Z"));
        given().queryParam("day", "2026-13-01").get("/test/dated").then().statusCode(400).body("code", equalTo("PARAMETER_INVALID"))
                .body("detail", org.hamcrest.Matchers.startsWith("day must be a date"));
        given().queryParam("day", "+999999999-01-01").get("/test/dated").then().statusCode(400).body("code", equalTo("PARAMETER_INVALID"));
        given().queryParam("kind", "FOO").get("/test/dated").then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.startsWith("kind must be one of WARNING, FINE"));
        given().header("At", "yesterday").get("/test/dated").then().statusCode(400).body("code", equalTo("PARAMETER_INVALID"));
        given().queryParam("limit", "abc").get("/test/dated").then().statusCode(400).body("detail", org.hamcrest.Matchers.startsWith("limit must be a number"));
        given().queryParam("overdue", "true").get("/test/dated").then().statusCode(200);
        for (String lenient : new String[] { "maybe", "2", "TRUE", "yes" }) {
            given().queryParam("overdue", lenient).get("/test/dated").then().statusCode(400).body("code", equalTo("PARAMETER_INVALID"))
                    .body("detail", org.hamcrest.Matchers.startsWith("overdue must be true or false"));
        }
    }
}

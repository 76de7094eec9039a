package cn.enforcement.systemtests;

import static cn.enforcement.platform.testing.DemoRealm.tokenOfClient;
import static cn.enforcement.platform.testing.TestIdentities.newResidentIdNumber;
import static cn.enforcement.systemtests.Gateway.anonymous;
import static cn.enforcement.systemtests.Gateway.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The gateway's promises, checked through the running platform with real Keycloak tokens. */
@ExtendWith(PlatformUnderTest.class)
class GatewaySystemTest {

    private static final String REGISTRATION = """
            {"name":"测试","gender":"MALE","idNumber":"%s","agencyCode":"220100001","regionCode":"220100",
             "post":"执法科员","enforcementFields":["ROAD_TRANSPORT"]}""";

    @Test
    void withoutATokenTheApiAnswers401Problem() {
        anonymous().contentType("application/json").body(REGISTRATION.formatted(newResidentIdNumber()))
                .post("/api/v1/officers").then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void theWrongRoleIs403AtTheGatewayAndAtTheService() {
        anonymous().auth().oauth2(tokenOfClient("payment-platform")).get("/api/v1/officers/any")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
        as("cc-officer-1").body(REGISTRATION.formatted(newResidentIdNumber())).post("/api/v1/officers")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void aPartnerPastItsRateLimitGets429WithRetryAfter() {
        String token = tokenOfClient("supervision-platform");
        List<Integer> statuses = new ArrayList<>();
        Response limited = null;
        for (int i = 0; i < 120 && limited == null; i++) {
            Response response = anonymous().auth().oauth2(token).get("/api/v1/officer-credentials/00000000000000");
            statuses.add(response.statusCode());
            if (response.statusCode() == 429) {
                limited = response;
            }
        }
        assertThat(limited).as("statuses seen: %s", statuses).isNotNull();
        assertThat(statuses.subList(0, 40)).containsOnly(404);
        assertThat(limited.getHeader("Retry-After")).isNotBlank();
        assertThat(limited.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void aBodyPastTheRouteLimitIs413() {
        as("cc-personnel").body(new byte[2 * 1024 * 1024]).post("/api/v1/officers")
                .then().statusCode(413).body("code", equalTo("PAYLOAD_TOO_LARGE"));
    }

    @Test
    void theRequestIdIsPassedThroughAndEchoed() {
        as("cc-officer-1").header("X-Request-Id", "systest-req-1").get("/api/v1/officer-credentials/00000000000000")
                .then().statusCode(404).header("X-Request-Id", "systest-req-1");
        anonymous().get("/public/v1/officers?agency=220100001").then().statusCode(200).header("X-Request-Id", notNullValue());
    }

    @Test
    void theAggregatedOpenApiDocumentsEveryServiceBehindTheGateway() {
        anonymous().get("/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/officers"))
                .body("paths", hasKey("/api/v1/officer-credentials/{credentialNumber}"))
                .body("paths", hasKey("/public/v1/officers"))
                .body("paths.'/api/v1/cases/{caseId}/evidence'", hasKey("post"))
                .body("components.securitySchemes", hasKey("keycloak"))
                .body("$", org.hamcrest.Matchers.not(hasKey("x-schema-conflicts")))
                .body("$", org.hamcrest.Matchers.not(hasKey("x-problem-type-conflicts")));
    }

    /** The refusals of each operation are read from its code: the rules of law its act applies are there. */
    @Test
    void everyOperationDocumentsTheProblemCodesItsCodeCanAnswer() {
        JsonPath document = anonymous().get("/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> types = document.getMap("x-problem-types");
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        Map<String, List<String>> codesOf = new HashMap<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            @SuppressWarnings("unchecked")
            List<String> codes = (List<String>) operation.getOrDefault("x-problem-codes", List.of());
            codesOf.put((String) operation.get("operationId"), codes);
        }));
        assertThat(codesOf.get("fileCase")).contains("LIMITATION_PERIOD_EXPIRED", "TWO_OFFICERS_REQUIRED",
                "OFFICER_CREDENTIAL_NOT_VALID", "SUMMARY_PROCEDURE_NOT_ALLOWED", "ACT_TIME_IN_FUTURE");
        assertThat(codesOf.get("decideCase")).contains("LEGAL_REVIEW_NOT_PASSED", "COLLECTIVE_DISCUSSION_REQUIRED",
                "STATEMENT_PERIOD_OPEN", "PENALTY_HEAVIER_THAN_NOTIFIED", "AGENCY_HEAD_ONLY", "CASE_NOT_FOUND");
        assertThat(codesOf.get("concludeReview")).contains("CHECKLIST_INCOMPLETE", "NOT_THE_ASSIGNED_REVIEWER");
        assertThat(codesOf.values().stream().flatMap(List::stream)).allSatisfy(code -> assertThat(types).containsKey(code));
        assertThat(document.getList("x-common-problem-codes", String.class)).contains("UNAUTHENTICATED", "VALIDATION_FAILED",
                "RATE_LIMITED").allSatisfy(code -> assertThat(types).containsKey(code));
        assertThat(types.get("LIMITATION_PERIOD_EXPIRED")).containsEntry("status", 422).containsEntry("titleZh", "已过追责时效");
    }

    /** A refusal's type URI opens the gateway's page explaining its code in Chinese and English. */
    @Test
    void theTypeOfARefusalResolvesToAPageExplainingItsCode() {
        String type = as("cc-officer-1").get("/api/v1/officer-credentials/00000000000000")
                .then().statusCode(404).body("code", equalTo("CREDENTIAL_NOT_KNOWN")).extract().path("type");
        assertThat(type).isEqualTo(PlatformUnderTest.GATEWAY + "/problems/credential-not-known");
        String page = anonymous().get(type.substring(PlatformUnderTest.GATEWAY.length()))
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/html")).extract().asString();
        assertThat(page).contains("CREDENTIAL_NOT_KNOWN", "HTTP 404", "lang=\"zh-CN\"", "证件信息不存在", "lang=\"en\"",
                "Credential not known");
        anonymous().accept("application/json").get("/problems/credential-not-known").then().statusCode(200)
                .body("code", equalTo("CREDENTIAL_NOT_KNOWN")).body("status", equalTo(404));
        assertThat(anonymous().get("/problems").then().statusCode(200).extract().asString())
                .contains("/problems/act-time-in-future", "RATE_LIMITED", "LEGAL_REVIEW_NOT_PASSED");
        anonymous().get("/problems/no-such-problem").then().statusCode(404);
    }

    /** What a client generator needs of every operation: a unique readable method name, a tag, a summary. */
    @Test
    void everyOperationHasAUniqueCamelCaseIdATagOfTheDocumentAndASummary() {
        JsonPath document = anonymous().get("/openapi").then().statusCode(200).extract().jsonPath();
        List<String> tags = document.getList("tags.name");
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        Set<String> ids = new HashSet<>();
        List<String> faults = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String id = (String) operation.get("operationId");
            String summary = (String) operation.get("summary");
            List<?> operationTags = (List<?>) operation.get("tags");
            if (id == null || !id.matches("[a-z][a-zA-Z0-9]+") || !ids.add(id)) {
                faults.add(method + " " + path + ": operationId " + id);
            }
            if (operationTags == null || operationTags.size() != 1 || !tags.contains(operationTags.get(0))) {
                faults.add(method + " " + path + ": tags " + operationTags);
            }
            if (summary == null || summary.split(" ").length < 3) {
                faults.add(method + " " + path + ": summary " + summary);
            }
        }));
        assertThat(faults).isEmpty();
        assertThat(ids).hasSizeGreaterThan(100).contains("fileCase", "issueNotice", "recordPayment");
    }
}

package cn.enforcement.systemtests;

import static cn.enforcement.platform.testing.DemoRealm.tokenOf;
import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Requests through the gateway of the platform under test, as its users make them. */
final class Gateway {

    private Gateway() {
    }

    static RequestSpecification anonymous() {
        return given().baseUri(PlatformUnderTest.GATEWAY);
    }

    static RequestSpecification as(String user) {
        return anonymous().auth().oauth2(tokenOf(user)).contentType(ContentType.JSON);
    }

    static String registerOfficer(String admin, String name, String idNumber, String agency, String region) {
        return as(admin).body("""
                        {"name":"%s","gender":"FEMALE","idNumber":"%s","agencyCode":"%s","regionCode":"%s",
                         "post":"执法科员","enforcementFields":["ROAD_TRANSPORT"]}""".formatted(name, idNumber, agency, region))
                .post("/api/v1/officers").then().statusCode(201).extract().path("officerId");
    }

    /** Records the qualification (sixty hours of training, a passed exam), then issues the credential. */
    static String issueCredential(String admin, String officerId) {
        String today = java.time.LocalDate.now().toString();
        as(admin).body("{\"course\":\"执法资格培训\",\"kind\":\"LEGAL\",\"hours\":60,\"completedOn\":\"" + today + "\"}")
                .post("/api/v1/officers/" + officerId + "/trainings").then().statusCode(201);
        as(admin).body("{\"examDate\":\"" + today + "\",\"score\":80}").post("/api/v1/officers/" + officerId + "/exams")
                .then().statusCode(201);
        return as(admin).body("{\"validFrom\":\"" + today + "\",\"validTo\":\"2030-12-31\"}")
                .post("/api/v1/officers/" + officerId + "/credentials").then().statusCode(201).extract().path("credentialNumber");
    }

    /** Every name on an agency's public roster, following the cursor through all pages. */
    static List<String> publicRosterNames(String agency) {
        List<String> names = new ArrayList<>();
        String after = null;
        do {
            RequestSpecification request = anonymous().queryParam("agency", agency).queryParam("limit", 200);
            if (after != null) {
                request.queryParam("after", after);
            }
            Map<String, Object> page = request.get("/public/v1/officers").then().statusCode(200).extract().as(Map.class);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> officers = (List<Map<String, Object>>) page.get("officers");
            officers.forEach(officer -> names.add((String) officer.get("name")));
            after = (String) page.get("next");
        } while (after != null);
        return names;
    }

    /**
     * The credentials held by the given demo officers of Changchun, registered and issued through the
     * gateway the first time and reused after, once case-service knows them as ACTIVE.
     */
    static List<String> demoOfficerCredentials(String... logins) {
        List<String> credentials = java.util.Arrays.stream(logins).map(Gateway::credentialOf).toList();
        for (String credential : credentials) {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() -> as("cc-officer-1")
                    .get("/api/v1/officer-credentials/" + credential).then().statusCode(200)
                    .body("status", org.hamcrest.Matchers.equalTo("ACTIVE")));
        }
        return credentials;
    }

    @SuppressWarnings("unchecked")
    private static String credentialOf(String login) {
        List<Map<String, Object>> own = as(login).get("/api/v1/officers").then().statusCode(200).extract().path("officers");
        if (!own.isEmpty() && own.get(0).get("credentialInForce") != null) {
            return (String) own.get(0).get("credentialInForce");
        }
        String officerId = as("cc-personnel").body("""
                        {"name":"%s","gender":"MALE","idNumber":"%s","agencyCode":"220100001","regionCode":"220100",
                         "post":"执法科员","enforcementFields":["ROAD_ADMINISTRATION"],"username":"%s"}"""
                        .formatted(login, cn.enforcement.platform.testing.TestIdentities.newResidentIdNumber(), login))
                .post("/api/v1/officers").then().statusCode(201).extract().path("officerId");
        return issueCredential("cc-personnel", officerId);
    }
}

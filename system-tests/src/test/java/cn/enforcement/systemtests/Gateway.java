package cn.enforcement.systemtests;

import static cn.enforcement.platform.testing.DemoRealm.tokenOf;
import static cn.enforcement.platform.testing.DemoRealm.tokenOfClient;
import static cn.enforcement.platform.testing.TestIdentities.newResidentIdNumber;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.enforcement.platform.time.BeijingTime;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * Records the qualification (sixty hours of training, a passed exam) two months back, then issues a credential in
     * force for a month, so that a test can record acts performed offline in that time.
     */
    static String issueCredential(String admin, String officerId) {
        java.time.LocalDate today = java.time.LocalDate.now(BeijingTime.ZONE);
        String qualified = today.minusDays(60).toString();
        as(admin).body("{\"course\":\"执法资格培训\",\"kind\":\"LEGAL\",\"hours\":60,\"completedOn\":\"" + qualified + "\"}")
                .post("/api/v1/officers/" + officerId + "/trainings").then().statusCode(201);
        as(admin).body("{\"examDate\":\"" + qualified + "\",\"score\":80}").post("/api/v1/officers/" + officerId + "/exams")
                .then().statusCode(201);
        return as(admin).body("{\"validFrom\":\"" + today.minusDays(30) + "\",\"validTo\":\"2030-12-31\"}")
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
    public static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0 };
    public static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
    public static final byte[] CSV = "车牌号,轴数,总重(吨),限值(吨)\n吉A12345,6,55.2,49\n".getBytes(StandardCharsets.UTF_8);

    /**
     * A file of the given kind streamed through the gateway by cc-officer-1, once evidence-service has learnt
     * of the case; the first bytes decide its type. Returns the evidence id.
     */
    public static String uploadEvidence(String caseId, String kind, byte[] head, String expectedType, String recordedBy) throws Exception {
        return uploadEvidence(caseId, kind, head, expectedType, recordedBy, Instant.now());
    }

    /** A recording made at an earlier time (on site, by a body camera) and taken into custody now. */
    public static String uploadEvidence(String caseId, String kind, byte[] head, String expectedType, String recordedBy,
            Instant recordedAt) throws Exception {
        byte[] file = new byte[64 * 1024];
        System.arraycopy(head, 0, file, 0, head.length);
        Arrays.fill(file, head.length, file.length, (byte) (expectedType.startsWith("text") ? ' ' : 0x5A));
        String uri = PlatformUnderTest.GATEWAY + "/api/v1/cases/" + caseId + "/evidence?kind=" + kind + "&stage=ON_SITE_INSPECTION"
                + "&recordedAt=" + recordedAt + "&recordedBy=" + recordedBy + "&deviceId=BWC-0042";
        HttpResponse<String> uploaded = await().atMost(Duration.ofSeconds(60)).until(() -> HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(URI.create(uri))
                                .header("Authorization", "Bearer " + tokenOf("cc-officer-1")).header("Content-Type", "application/octet-stream")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(file)).build(), HttpResponse.BodyHandlers.ofString()),
                response -> response.statusCode() != 404);
        assertThat(uploaded.statusCode()).as(kind + ": " + uploaded.body()).isEqualTo(201);
        assertThat(uploaded.body()).contains("\"contentType\":\"" + expectedType + "\"");
        return uploaded.headers().firstValue("Location").orElseThrow().replace("/api/v1/evidence/", "");
    }

    /** A partner system with its client-credentials token. */
    static RequestSpecification asClient(String clientId) {
        return anonymous().auth().oauth2(tokenOfClient(clientId)).contentType(ContentType.JSON);
    }

    /** A general case filed by cc-officer-1 with the two officers and approved by the head: the first two steps of any case. */
    static String fileApprovedGeneralCase(List<String> officers) {
        return fileApprovedGeneralCase(officers, "RA-01");
    }

    static String fileApprovedGeneralCase(List<String> officers, String violationItem) {
        String caseId = as("cc-officer-1").body("""
                        {"procedure":"GENERAL","source":"INSPECTION","partyType":"INDIVIDUAL","partyName":"钱某","partyIdentifier":"%s",
                         "violationItems":["%s"],"occurredOn":"%s","harmedLifeHealthOrFinance":false,"place":"长春绕城高速",
                         "facts":"超限运输","handlingCredentials":["%s","%s"]}"""
                        .formatted(newResidentIdNumber(), violationItem, LocalDate.now(BeijingTime.ZONE).minusDays(1), officers.get(0),
                                officers.get(1)))
                .post("/api/v1/cases").then().statusCode(201).extract().path("caseId");
        as("cc-head").post("/api/v1/cases/" + caseId + "/filing-approval").then().statusCode(200);
        return caseId;
    }

    /**
     * The agency's side of a transfer to 长春市公安局 (220100910): the handling officer's request, the head's approval and the
     * delivery with the five attachments. cc-officer-1 must handle the case.
     */
    static String transferToChangchunPolice(String caseId) {
        String transferId = as("cc-officer-1").body(Map.of("receivingBodyCode", "220100910", "reasons", "涉嫌非法经营罪"))
                .post("/api/v1/cases/" + caseId + "/transfer-request").then().statusCode(200).extract().path("transfer.transferId");
        as("cc-head").body(Map.of("approved", true, "reasons", "同意移送")).post("/api/v1/cases/" + caseId + "/transfer-decision")
                .then().statusCode(200);
        as("cc-head").body(Map.of("transferLetter", "移送书", "investigationReport", "调查报告", "seizedItemsList", "涉案物品清单",
                        "testOrExpertReports", "检验报告", "otherMaterial", "音像记录"))
                .post("/api/v1/cases/" + caseId + "/transfer").then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("TRANSFERRED"));
        return transferId;
    }

    /** What the province's supervision platform reads of a case in the feed from a cursor on, and the cursor it then keeps. */
    record FeedRead(List<String> kinds, String next) {
    }

    /** The cursor after the last entry of the feed: where a partner that has read everything stands. */
    static String endOfFeed() {
        return readFeed(null, null).next();
    }

    /** Reads the feed after the cursor (from its start when none) to its end, keeping the kinds of the case's entries. */
    static FeedRead readFeed(String caseId, String after) {
        List<String> kinds = new java.util.ArrayList<>();
        String cursor = after;
        while (true) {
            RequestSpecification request = asClient("supervision-platform").queryParam("limit", 500);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            // a partner reading a long feed meets its rate limit (429 with Retry-After) and asks again a second later
            io.restassured.path.json.JsonPath page = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> request.get("/api/v1/supervision/feed"), response -> response.statusCode() != 429)
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> entries = page.getList("entries");
            entries.stream().filter(entry -> caseId != null && caseId.equals(entry.get("caseId"))).forEach(entry -> kinds.add((String) entry.get("kind")));
            cursor = page.getString("next");
            if (entries.isEmpty()) {
                return new FeedRead(kinds, cursor);
            }
        }
    }

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

    /**
     * A demo legal reviewer (cc-legal, jl-legal), registered once per system-test database by the personnel admin of
     * their agency with the legal qualification (as the demo data does), once review-service knows them. Returns their
     * officer id.
     */
    static String qualifiedReviewer(String login) {
        String prefix = login.substring(0, login.indexOf('-'));
        String agency = "cc".equals(prefix) ? "220100001" : "220200001";
        String name = "审核员" + login;
        List<String> existing = as(prefix + "-personnel").queryParam("name", name).get("/api/v1/officers").then().statusCode(200)
                .extract().path("officers.officerId");
        String officerId = !existing.isEmpty() ? existing.get(0) : as(prefix + "-personnel").body("""
                        {"name":"%s","gender":"FEMALE","idNumber":"%s","agencyCode":"%s","regionCode":"%s",
                         "post":"法制审核员","enforcementFields":["ROAD_TRANSPORT"],"username":"%s"}"""
                        .formatted(name, cn.enforcement.platform.testing.TestIdentities.newResidentIdNumber(), agency,
                                agency.substring(0, 6), login))
                .post("/api/v1/officers").then().statusCode(201).extract().path("officerId");
        as(prefix + "-personnel").body("{\"certificateNumber\":\"A20152201000123\",\"obtainedOn\":\"2015-12-20\"}")
                .post("/api/v1/officers/" + officerId + "/legal-qualification").then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as(login).get("/api/v1/reviews/reviewers").then().statusCode(200)
                .body("officerId", org.hamcrest.Matchers.hasItem(officerId)));
        return officerId;
    }
}

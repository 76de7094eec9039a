package cn.enforcement.disclosure.api;

import static cn.enforcement.platform.testing.CloudEventRecords.event;
import static cn.enforcement.platform.testing.CloudEventRecords.newId;
import static cn.enforcement.platform.testing.DemoRealm.tokenOf;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import cn.enforcement.platform.testing.KafkaRecords;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Case, review and credential events become the supervision feed, read in order, resumed, and scoped to the region. */
@QuarkusTest
class SupervisionFeedTest {

    private static final String CASE_TOPIC = "test.enforcement.case.v1";
    private static final String REVIEW_TOPIC = "test.enforcement.review.v1";

    private static String caseRef(String caseId, String agency, String region) {
        return "{\"caseId\":\"%s\",\"caseNumber\":\"%s-2026-%s\",\"agencyCode\":\"%s\",\"regionCode\":\"%s\"}"
                .formatted(caseId, agency, caseId.substring(0, 6), agency, region);
    }

    private static String filed(String caseRef) {
        return """
                {"caseRef":%s,"procedure":"GENERAL","source":"INSPECTION","partyType":"INDIVIDUAL","partyName":"王某",
                 "violationItems":["RA-01"],"handlingCredentials":["22010026000001","22010026000002"],"at":"%s"}"""
                .formatted(caseRef, Instant.now());
    }

    /** Every entry of the feed the user can read after the cursor, page by page; the last cursor is the list's last element. */
    private static List<Map<String, Object>> readAll(String user, String after, List<String> cursors) {
        List<Map<String, Object>> entries = new ArrayList<>();
        String cursor = after;
        while (true) {
            var request = given().auth().oauth2(tokenOf(user)).queryParam("limit", 50);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            JsonPath page = request.get("/api/v1/supervision/feed").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> read = page.getList("entries");
            entries.addAll(read);
            cursor = page.getString("next");
            if (read.isEmpty()) {
                cursors.add(cursor);
                return entries;
            }
        }
    }

    private static List<Map<String, Object>> ofCase(List<Map<String, Object>> entries, String caseId) {
        return entries.stream().filter(entry -> caseId.equals(entry.get("caseId"))).toList();
    }

    @Test
    void aCasesStepsAreReadInOrderResumedFromTheCursorAndSeenOnlyInTheirRegion() {
        String changchun = UUID.randomUUID().toString();
        String jilin = UUID.randomUUID().toString();
        String ccRef = caseRef(changchun, "220100001", "220100");
        KafkaRecords.send(event(CASE_TOPIC, newId(), "enforcement.case.CaseFiled.v1", changchun, filed(ccRef)),
                event(CASE_TOPIC, newId(), "enforcement.case.CaseFiled.v1", jilin, filed(caseRef(jilin, "220200001", "220200"))),
                event(CASE_TOPIC, newId(), "enforcement.case.CaseFilingApproved.v1", changchun,
                        "{\"caseRef\":%s,\"approvedBy\":\"cc-head\",\"at\":\"%s\"}".formatted(ccRef, Instant.now())));

        List<String> cursors = new ArrayList<>();
        List<Map<String, Object>> first = await().atMost(Duration.ofSeconds(30)).until(
                () -> ofCase(readAll("cc-supervisor", null, cursors), changchun), entries -> entries.size() == 2);
        assertThat(first).extracting(entry -> entry.get("kind")).containsExactly("CaseFiled", "CaseFilingApproved");
        assertThat(first.get(0)).containsEntry("schema", "supervision-entry.v1").containsEntry("source", "/enforcement/case-service")
                .containsEntry("agencyCode", "220100001").containsEntry("regionCode", "220100");
        assertThat(((Map<?, ?>) first.get(0).get("data")).get("partyName")).isEqualTo("王某");
        String resumeFrom = cursors.get(cursors.size() - 1);

        KafkaRecords.send(event(REVIEW_TOPIC, newId(), "enforcement.review.LegalReviewCompleted.v1", changchun, """
                {"reviewId":"%s","requestId":"%s","caseId":"%s","agencyCode":"220100001","regionCode":"220100","outcome":"APPROVED",
                 "reviewerId":"r-1","opinion":"同意","toSupplement":null,"completedAt":"%s"}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), changchun, Instant.now())),
                event(CASE_TOPIC, newId(), "enforcement.case.CaseClosed.v1", changchun,
                        "{\"caseRef\":%s,\"outcome\":\"PENALTY_EXECUTED\",\"at\":\"%s\"}".formatted(ccRef, Instant.now())));
        List<Map<String, Object>> resumed = await().atMost(Duration.ofSeconds(30)).until(
                () -> ofCase(readAll("cc-supervisor", resumeFrom, new ArrayList<>()), changchun), entries -> entries.size() == 2);
        assertThat(resumed).extracting(entry -> entry.get("kind")).containsExactlyInAnyOrder("LegalReviewCompleted", "CaseClosed");
        assertThat(resumed).extracting(entry -> entry.get("source")).containsExactlyInAnyOrder("/enforcement/review-service", "/enforcement/case-service");

        assertThat(ofCase(readAll("cc-supervisor", null, new ArrayList<>()), jilin)).isEmpty();
        assertThat(ofCase(readAll("province-supervisor", null, new ArrayList<>()), jilin)).extracting(entry -> entry.get("kind"))
                .containsExactly("CaseFiled");
        List<Map<String, Object>> again = ofCase(readAll("cc-supervisor", null, new ArrayList<>()), changchun);
        assertThat(again.subList(0, 2)).extracting(entry -> entry.get("id")).containsExactlyElementsOf(
                first.stream().map(entry -> entry.get("id")).toList());
    }

    @Test
    void aReviewThatNamesAnotherAgencyThanItsCasesNeverEntersTheFeed() {
        String caseId = UUID.randomUUID().toString();
        String ref = caseRef(caseId, "220100001", "220100");
        String review = """
                {"reviewId":"%s","requestId":"%s","caseId":"%s","agencyCode":"%s","regionCode":"%s","outcome":"APPROVED",
                 "reviewerId":"r-1","opinion":"同意","toSupplement":null,"completedAt":"%s"}""";
        String wrongAgency = newId();
        String unknownAgency = newId();
        KafkaRecords.send(event(CASE_TOPIC, newId(), "enforcement.case.CaseFiled.v1", caseId, filed(ref)));
        await().atMost(Duration.ofSeconds(30)).until(() -> ofCase(readAll("province-supervisor", null, new ArrayList<>()), caseId).size() == 1);
        KafkaRecords.send(event(REVIEW_TOPIC, wrongAgency, "enforcement.review.LegalReviewCompleted.v1", caseId,
                review.formatted(UUID.randomUUID(), UUID.randomUUID(), caseId, "220200001", "220200", Instant.now())),
                event(REVIEW_TOPIC, unknownAgency, "enforcement.review.ComplaintFiled.v1", "T-" + caseId, """
                        {"trackingNumber":"T-%s","regionCode":"220100","agencyCode":"999999999","attachments":[],"at":"%s"}"""
                        .formatted(caseId, Instant.now())),
                event(REVIEW_TOPIC, newId(), "enforcement.review.LegalReviewCompleted.v1", caseId,
                        review.formatted(UUID.randomUUID(), UUID.randomUUID(), caseId, "220100001", "220100", Instant.now())));

        List<Map<String, Object>> entries = await().atMost(Duration.ofSeconds(30)).until(
                () -> ofCase(readAll("province-supervisor", null, new ArrayList<>()), caseId), found -> found.size() == 2);
        assertThat(entries).extracting(entry -> entry.get("agencyCode")).containsOnly("220100001");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(deadLettered())
                .contains(wrongAgency, unknownAgency));
        assertThat(readAll("province-supervisor", null, new ArrayList<>())).noneMatch(entry -> ("T-" + caseId).equals(
                ((Map<?, ?>) entry.get("data")).get("trackingNumber")));
    }

    /** The event ids on disclosure-service's dead letters. */
    private static List<String> deadLettered() {
        List<String> eventIds = new ArrayList<>();
        String after = null;
        while (true) {
            var request = given().auth().oauth2(tokenOf("province-operator")).queryParam("limit", 200);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get("/api/v1/operations/disclosure/dead-letters").then().statusCode(200).extract().jsonPath();
            List<String> positions = page.getList("position");
            if (positions.isEmpty()) {
                return eventIds;
            }
            eventIds.addAll(page.getList("eventId"));
            after = positions.get(positions.size() - 1);
        }
    }

    @Test
    void aComplaintNotYetRoutedToAnAgencyEntersItsRegionsFeed() {
        String trackingNumber = "T" + UUID.randomUUID().toString().substring(0, 12);
        KafkaRecords.send(event(REVIEW_TOPIC, newId(), "enforcement.review.ComplaintFiled.v1", trackingNumber, """
                {"trackingNumber":"%s","regionCode":"220100","agencyCode":null,"attachments":[],"at":"%s"}"""
                .formatted(trackingNumber, Instant.now())));

        List<Map<String, Object>> entries = await().atMost(Duration.ofSeconds(30)).until(() -> readAll("cc-supervisor", null, new ArrayList<>())
                .stream().filter(entry -> trackingNumber.equals(((Map<?, ?>) entry.get("data")).get("trackingNumber"))).toList(),
                found -> !found.isEmpty());
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry("kind", "ComplaintFiled").containsEntry("regionCode", "220100");
            assertThat(entry.get("agencyCode")).isNull();
        });
    }

    @Test
    void onlySupervisorsReadTheFeedAndOnlyWithItsOwnCursors() {
        given().auth().oauth2(tokenOf("cc-officer-1")).get("/api/v1/supervision/feed").then().statusCode(403);
        given().get("/api/v1/supervision/feed").then().statusCode(401);
        given().auth().oauth2(tokenOf("cc-supervisor")).queryParam("after", "not-a-cursor").get("/api/v1/supervision/feed").then()
                .statusCode(400).body("code", equalTo("CURSOR_MALFORMED"));
        given().auth().oauth2(tokenOf("cc-supervisor")).queryParam("after", "MTIzNApjYXNlcw").get("/api/v1/supervision/feed").then()
                .statusCode(400).body("code", equalTo("CURSOR_MALFORMED"));
        given().auth().oauth2(tokenOf("cc-supervisor")).queryParam("after", cn.enforcement.disclosure.domain.SupervisionFeed.cursorAt(-1))
                .get("/api/v1/supervision/feed").then().statusCode(400).body("code", equalTo("CURSOR_MALFORMED"));
        given().auth().oauth2(tokenOf("cc-supervisor")).queryParam("limit", 501).get("/api/v1/supervision/feed").then().statusCode(400);
    }
}

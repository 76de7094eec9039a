package cn.enforcement.disclosure.api;

import static cn.enforcement.platform.testing.CloudEventRecords.event;
import static cn.enforcement.platform.testing.CloudEventRecords.header;
import static cn.enforcement.platform.testing.CloudEventRecords.newId;
import static cn.enforcement.platform.testing.DemoRealm.tokenOf;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import cn.enforcement.disclosure.domain.DisclosureRecord;
import cn.enforcement.disclosure.jobs.OverdueDisclosures;
import cn.enforcement.disclosure.readmodel.CaseFact;
import cn.enforcement.platform.testing.KafkaRecords;
import cn.enforcement.platform.testing.RegisteredAgencies;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Decisions from case-service's events become redacted drafts, are published, shown to the public and withdrawn. */
@QuarkusTest
class DecisionDisclosureTest {

    private static final String CASE_TOPIC = "test.enforcement.case.v1";
    private static final String DISCLOSURE_TOPIC = "test.enforcement.disclosure.v1";

    @Inject
    OverdueDisclosures overdue;

    @BeforeEach
    void agenciesKnown() {
        RegisteredAgencies.known();
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(tokenOf(user)).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString());
    }

    private static String caseRef(String caseId) {
        return "{\"caseId\":\"%s\",\"caseNumber\":\"220100001-2026-%s\",\"agencyCode\":\"220100001\",\"regionCode\":\"220100\"}"
                .formatted(caseId, caseId.substring(0, 6));
    }

    private static String decided(String caseId, String procedure, Instant at) {
        return """
                {"caseRef":%s,"procedure":"%s","penaltyKind":"FINE","amount":20000,"legalBasis":"《公路安全保护条例》第六十四条",
                 "partyType":"INDIVIDUAL","partyName":"刘强","organisationCreditCode":null,"violationItems":["RA-01"],
                 "facts":"当事人刘 强（身份证号１１０１０５１９４９１２３１００２Ｘ，电话138.1234.5678）驾驶吉 a 12345号货车在G1京哈高速长春收费站违法超限运输，驾驶员王建国在场，途经石羊村路段",
                 "persons":[{"role":"PARTY","name":"刘强","idNumber":"11010519491231002X","phone":"13812345678"}],
                 "vehiclePlates":["吉A12345"],"at":"%s"}""".formatted(caseRef(caseId), procedure, at);
    }

    /** case-service issued the decision's document: the decision now has its number (文号). */
    private static String numbered(String caseId) {
        String number = "吉长交执罚〔2026〕第" + caseId.substring(0, 6) + "号";
        KafkaRecords.send(event(CASE_TOPIC, newId(), "enforcement.case.DocumentIssued.v1", caseId, """
                {"caseRef":%s,"documentId":"%s","number":"%s","kind":"PENALTY_DECISION","sha256":"%s","sizeBytes":1000,
                 "bucket":"documents","objectKey":"k","corrects":null,"at":"%s"}""".formatted(caseRef(caseId), UUID.randomUUID(), number,
                "a".repeat(64), Instant.now())));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                DisclosureRecord.<DisclosureRecord>find("caseId", caseId).firstResultOptional().map(r -> r.decisionNumber).orElse(null)),
                number::equals);
        return number;
    }

    private static String draftOf(String caseId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                DisclosureRecord.<DisclosureRecord>find("caseId", caseId).firstResultOptional().map(r -> r.recordId).orElse(null)),
                java.util.Objects::nonNull);
    }

    /** The policy leaves the case out: by the time a later event of the same case is applied, it has no record. */
    private static void draftOfNone(String caseId) {
        KafkaRecords.send(event(CASE_TOPIC, newId(), "enforcement.case.DecisionRevoked.v1", caseId, """
                {"caseRef":%s,"revokedBy":"COURT","reason":"标记","at":"%s"}""".formatted(caseRef(caseId), Instant.now())));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                CaseFact.<CaseFact>findByIdOptional(caseId)
                        .map(f -> f.revokedAt != null).orElse(false)));
        assertThat(QuarkusTransaction.requiringNew().call(() -> DisclosureRecord.count("caseId", caseId))).isZero();
    }

    @Test
    void aDecisionIsDraftedRedactedPublishedShownAndWithdrawnWhenRevoked() {
        String caseId = UUID.randomUUID().toString();
        String decision = decided(caseId, "GENERAL", Instant.now());
        KafkaRecords.send(event(CASE_TOPIC, newId(), "enforcement.case.CaseDecided.v1", caseId, decision),
                event(CASE_TOPIC, newId(), "enforcement.case.CaseDecided.v1", caseId, decision));
        String record = draftOf(caseId);

        as("cc-disclosure").get("/api/v1/disclosures?caseId=" + caseId).then().statusCode(200).body("", hasSize(1));
        as("cc-disclosure").get("/api/v1/disclosures/" + record).then().statusCode(200).body("status", equalTo("DRAFT"))
                .body("partyName", equalTo("刘某某")).body("facts", not(containsString("１１０１０５"))).body("facts", not(containsString("1234")))
                .body("facts", not(containsString("a 12345"))).body("facts", containsString("当事人刘某某"))
                .body("facts", containsString("驾驶员王某某")).body("facts", containsString("G1京哈高速长春收费站"))
                .body("personalDataFlags.kind", equalTo(List.of("ADDRESS"))).body("personalDataFlags.text", equalTo(List.of("石羊村")))
                .body("flag", equalTo("GREEN")).body("dueExplanation", containsString("7 working days"));
        as("cc-disclosure").post("/api/v1/disclosures/" + record + "/publication").then().statusCode(409)
                .body("code", equalTo("DECISION_NUMBER_UNKNOWN"));
        String number = numbered(caseId);
        as("cc-disclosure").post("/api/v1/disclosures/" + record + "/publication").then().statusCode(422)
                .body("code", equalTo("PERSONAL_DATA_FLAGGED")).body("errors[0].message", equalTo("ADDRESS: 石羊村"));
        as("cc-disclosure").body("{\"text\":\"王某某\",\"reason\":\"不在标记中\"}").post("/api/v1/disclosures/" + record + "/not-personal")
                .then().statusCode(422).body("code", equalTo("SPAN_NOT_FLAGGED"));
        as("cc-disclosure").body("{\"text\":\"石羊村\",\"reason\":\"路段名称，不指向个人住址\"}").post("/api/v1/disclosures/" + record
                + "/not-personal").then().statusCode(200).body("personalDataFlags", hasSize(0)).body("notPersonal[0].reason",
                equalTo("路段名称，不指向个人住址")).body("log.action", hasItem("NOT_PERSONAL"));
        given().get("/public/v1/decisions/" + record).then().statusCode(404).body("code", equalTo("DECISION_NOT_FOUND"));
        given().queryParam("from", "2026-13-01").get("/public/v1/decisions").then().statusCode(400).body("code", equalTo("PARAMETER_INVALID"))
                .body("detail", containsString("from"));

        as("cc-disclosure").body("{\"phrases\":[\"长春收费站\"]}").post("/api/v1/disclosures/" + record + "/redactions").then()
                .statusCode(200).body("facts", not(containsString("长春收费站"))).body("maskedPhrases", hasItem("长春收费站"));
        as("cc-disclosure").body("{\"phrases\":[\"不在文中\"]}").post("/api/v1/disclosures/" + record + "/redactions").then()
                .statusCode(422).body("code", equalTo("PHRASE_NOT_IN_DRAFT"));
        as("jl-disclosure").post("/api/v1/disclosures/" + record + "/publication").then().statusCode(404);
        as("cc-disclosure").post("/api/v1/disclosures/" + record + "/withdrawal").then().statusCode(409)
                .body("code", equalTo("DISCLOSURE_STATE_FORBIDS_ACT"));
        as("cc-disclosure").post("/api/v1/disclosures/" + record + "/publication").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("log.action", hasItem("PUBLISHED"));

        given().queryParam("agency", "220100001").queryParam("violationItem", "RA-01").queryParam("limit", 100)
                .get("/public/v1/decisions").then().statusCode(200).body("decisions.recordId", hasItem(record));
        String etag = given().get("/public/v1/decisions/" + record).then().statusCode(200).body("partyName", equalTo("刘某某"))
                .header("Cache-Control", containsString("max-age")).extract().header("ETag");
        given().header("If-None-Match", etag).get("/public/v1/decisions/" + record).then().statusCode(304);
        String page = given().get("/public/decisions/" + record).then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'")).extract().asString();
        assertThat(page).contains("lang=\"zh-CN\"").contains("刘某某").doesNotContain("刘强").doesNotContain("13812345678")
                .doesNotContain("吉A12345").doesNotContain("11010519491231002X");
        assertThat(page).contains(number).contains("长春市交通运输综合行政执法支队").doesNotContain("220100001-2026-");
        given().queryParam("agency", "220199999").get("/public/v1/decisions").then().statusCode(422).body("code", equalTo("AGENCY_UNKNOWN"));
        assertThat(given().get("/public").then().statusCode(200).extract().asString()).contains("吉林省交通运输综合行政执法公示平台")
                .contains("主办单位").contains("<option value=\"220100001\">长春市交通运输综合行政执法支队</option>").contains(number);
        given().get("/public/complaints").then().statusCode(200).header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("connect-src 'self' http://127.0.0.1:9000"))
                .body(containsString("<script src=\"/public/assets/complaint.js\"></script>"));
        given().get("/public/assets/complaint.js").then().statusCode(200).body(containsString("X-Complaint-Secret"));
        given().queryParam("agency", "220100001").get("/public/v1/decisions/export.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).body(containsString("行政处罚决定书文号,行政相对人名称")).body(containsString(number))
                .body(not(containsString("220100001-2026-" + caseId.substring(0, 6))));

        KafkaRecords.send(event(CASE_TOPIC, newId(), "enforcement.case.DecisionRevoked.v1", caseId, """
                {"caseRef":%s,"revokedBy":"长春市人民政府","reason":"行政复议决定撤销","at":"%s"}""".formatted(caseRef(caseId), Instant.now())));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("cc-disclosure").get("/api/v1/disclosures/" + record).then()
                .body("status", equalTo("WITHDRAWAL_DUE")).body("dueExplanation", containsString("3 working days")));
        given().get("/public/v1/decisions/" + record).then().statusCode(200).body("status", equalTo("REVOKED"));
        assertThat(given().get("/public/decisions/" + record).then().statusCode(200).extract().asString()).contains("被撤销");
        as("cc-disclosure").post("/api/v1/disclosures/" + record + "/withdrawal").then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        given().get("/public/decisions/" + record).then().statusCode(200).body(containsString("已撤回")).body(containsString("行政复议决定撤销"))
                .body(not(containsString("刘某某")));
        given().queryParam("agency", "220100001").queryParam("limit", 100).get("/public/v1/decisions").then()
                .body("decisions.recordId", not(hasItem(record)));

        List<ConsumerRecord<String, String>> events = KafkaRecords.readUntil(DISCLOSURE_TOPIC, r -> caseId.equals(r.key()),
                r -> caseId.equals(r.key()) && header(r, "ce_type").orElseThrow().contains("DisclosureWithdrawn"), Duration.ofSeconds(30));
        assertThat(events).extracting(r -> header(r, "ce_type").orElseThrow())
                .containsExactly("enforcement.disclosure.DisclosurePublished.v1", "enforcement.disclosure.DisclosureWithdrawn.v1");
    }

    @Test
    void onlyDecisionsThePolicyPublishesAreDraftedAndAnOverdueDraftIsFlaggedOnce() {
        String summary = UUID.randomUUID().toString();
        String general = UUID.randomUUID().toString();
        KafkaRecords.send(event(CASE_TOPIC, newId(), "enforcement.case.CaseDecided.v1", summary, decided(summary, "SUMMARY", Instant.now())),
                event(CASE_TOPIC, newId(), "enforcement.case.CaseDecided.v1", general,
                        decided(general, "GENERAL", Instant.parse("2026-09-28T02:00:00Z"))));
        String warning = UUID.randomUUID().toString();
        KafkaRecords.send(event(CASE_TOPIC, newId(), "enforcement.case.CaseDecided.v1", warning,
                decided(warning, "GENERAL", Instant.now()).replace("\"penaltyKind\":\"FINE\"", "\"penaltyKind\":\"WARNING\"")));
        String record = draftOf(general);
        assertThat(QuarkusTransaction.requiringNew().call(() -> DisclosureRecord.count("caseId", summary))).isZero();
        draftOfNone(warning);

        as("cc-disclosure").get("/api/v1/disclosures/" + record).then().body("flag", equalTo("RED"));
        overdue.watch();
        overdue.watch();
        numbered(general);
        as("cc-disclosure").body("{\"text\":\"石羊村\",\"reason\":\"路段名称\"}").post("/api/v1/disclosures/" + record + "/not-personal")
                .then().statusCode(200);
        as("cc-disclosure").post("/api/v1/disclosures/" + record + "/publication").then().statusCode(200);
        List<ConsumerRecord<String, String>> events = KafkaRecords.readUntil(DISCLOSURE_TOPIC, r -> general.equals(r.key()),
                r -> general.equals(r.key()) && header(r, "ce_type").orElseThrow().contains("DisclosurePublished"), Duration.ofSeconds(30));
        assertThat(events).filteredOn(r -> header(r, "ce_type").orElseThrow().contains("DisclosureOverdue")).singleElement()
                .satisfies(r -> assertThat(r.value()).contains("\"duty\":\"PUBLICATION\""));
        assertThat(events.get(events.size() - 1).value()).contains("\"onTime\":false");
    }
}

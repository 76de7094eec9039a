package cn.enforcement.cases.api;

import static cn.enforcement.cases.api.Cases.as;
import static cn.enforcement.cases.api.Cases.fileGeneral;
import static cn.enforcement.cases.api.Cases.fine;
import static cn.enforcement.cases.api.Cases.recordEvidence;
import static cn.enforcement.cases.api.Cases.twoOfficers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;

import cn.enforcement.platform.testing.TestClock;
import cn.enforcement.platform.time.BeijingTime;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The hearing notice (听证通知书), evidence preservation (先行登记保存, PL 56) and an agency's own wording of its forms,
 * on the real stack: each act with its refusals at the edges of the law, and the forms they print read back with pdftotext.
 */
@QuarkusTest
class HearingNoticeAndPreservationTest {

    @Inject
    TestClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private static String text(String documentId) throws Exception {
        byte[] pdf = as("cc-officer-1").get("/api/v1/documents/" + documentId + "/pdf").then().statusCode(200).extract().asByteArray();
        return DocumentIssueTest.textOf(pdf).replaceAll("\\s+", "");
    }

    private static ValidatableResponse issue(String user, String caseId, String kind) {
        return as(user).body(Map.of("kind", kind)).post("/api/v1/cases/" + caseId + "/documents").then();
    }

    private static String hearingNotice(Instant scheduledAt, String chair) {
        return "{\"scheduledAt\":\"%s\",\"place\":\"长春市交通运输综合行政执法支队第一听证室\",\"chairCredential\":\"%s\"}".formatted(scheduledAt, chair);
    }

    private static String requestedHearing(List<String> officers) {
        String caseId = fileGeneral(officers, "RA-01");
        recordEvidence(caseId);
        as("cc-officer-1").body("{\"penalty\":" + fine("20000") + ",\"degree\":12}").post("/api/v1/cases/" + caseId + "/proposal").then()
                .statusCode(200);
        as("cc-officer-1").post("/api/v1/cases/" + caseId + "/notice").then().statusCode(200);
        as("cc-officer-1").post("/api/v1/cases/" + caseId + "/hearing-request").then().statusCode(200);
        return caseId;
    }

    @Test
    void theHearingIsNotifiedSevenDaysAheadPrintedAndHeldOnTheRecordedNotice() throws Exception {
        List<String> officers = twoOfficers();
        String caseId = requestedHearing(officers);
        String chair = Cases.newCredentialNumber();
        Cases.publishCredential(chair, null, "ACTIVE");
        Cases.awaitCredential(chair, "ACTIVE");
        Instant now = Instant.now();

        issue("cc-officer-1", caseId, "HEARING_NOTICE").statusCode(409).body("code", equalTo("DOCUMENT_STEP_NOT_REACHED"));
        as("cc-officer-1").body("{\"heldAt\":\"" + now + "\",\"chairCredential\":\"" + chair + "\"}").post("/api/v1/cases/" + caseId + "/hearing")
                .then().statusCode(409).body("code", equalTo("HEARING_NOT_NOTIFIED"));
        as("cc-officer-1").body(hearingNotice(now.plus(Duration.ofDays(6)), chair)).post("/api/v1/cases/" + caseId + "/hearing-notice").then()
                .statusCode(422).body("code", equalTo("HEARING_NOTICE_TOO_SHORT"));
        as("cc-officer-1").body(hearingNotice(now.plus(Duration.ofDays(8)), officers.get(1))).post("/api/v1/cases/" + caseId + "/hearing-notice")
                .then().statusCode(422).body("code", equalTo("HEARING_CHAIR_INVESTIGATED"));
        as("cc-officer-1").body("{\"scheduledAt\":\"" + now.plus(Duration.ofDays(8)) + "\",\"place\":\"\",\"chairCredential\":\"" + chair + "\"}")
                .post("/api/v1/cases/" + caseId + "/hearing-notice").then().statusCode(400);

        Instant scheduledAt = now.plus(Duration.ofDays(7));
        as("cc-officer-1").body(hearingNotice(scheduledAt, chair)).post("/api/v1/cases/" + caseId + "/hearing-notice").then().statusCode(200)
                .body("status", equalTo("HEARING_REQUESTED")).body("hearing.chairCredential", equalTo(chair))
                .body("hearing.notifiedAt", notNullValue()).body("timeline.find { it.act == 'HEARING_NOTIFIED' }", notNullValue());
        String notice = issue("cc-officer-1", caseId, "HEARING_NOTICE").statusCode(201).extract().path("documentId");
        assertThat(text(notice)).contains("听证通知书").contains("第一听证室").contains(chair).contains("第六十四条").contains("视为放弃听证权利");

        Instant moved = scheduledAt.plus(Duration.ofDays(2));
        as("cc-officer-1").body(hearingNotice(moved, chair)).post("/api/v1/cases/" + caseId + "/hearing-notice").then().statusCode(200);
        String movedNotice = issue("cc-officer-1", caseId, "HEARING_NOTICE").statusCode(201).extract().path("documentId");
        assertThat(movedNotice).as("a moved hearing gets a notice of its own").isNotEqualTo(notice);

        clock.travelTo(moved.plus(Duration.ofHours(2)));
        as("cc-officer-1").body("{\"heldAt\":\"" + moved + "\",\"chairCredential\":\"" + chair + "\"}").post("/api/v1/cases/" + caseId + "/hearing")
                .then().statusCode(200).body("status", equalTo("NOTIFIED")).body("hearing.settledAt", notNullValue());
    }

    @Test
    void preservedEvidenceIsApprovedByTheHeadPrintedAndHandledWithinSevenWorkingDaysOrOnlyReleased() throws Exception {
        String caseId = fileGeneral(twoOfficers(), "RA-01");
        String base = "/api/v1/cases/" + caseId + "/evidence-preservations";
        String request = """
                {"items":[{"name":"超限运输车辆（吉A12345）","quantity":"1辆","description":"半挂牵引车，装载钢材"},
                          {"name":"过磅单","quantity":"2张"}],
                 "keptAt":"长春市超限检测站停车场","reasons":"车辆驶离后超限事实难以取得"}""";
        as("cc-officer-1").body("{\"items\":[],\"keptAt\":\"停车场\",\"reasons\":\"难以取得\"}").post(base).then().statusCode(400);
        as("cc-officer-1").body("{\"items\":[{\"name\":\"" + "车".repeat(101) + "\",\"quantity\":\"1\"}],\"keptAt\":\"停车场\",\"reasons\":\"难以取得\"}")
                .post(base).then().statusCode(400);
        String first = as("cc-officer-1").body(request).post(base).then().statusCode(201).body("status", equalTo("REQUESTED"))
                .body("items.size()", equalTo(2)).body("items[1].name", equalTo("过磅单")).extract().path("preservationId");
        as("cc-officer-1").body(request).post(base).then().statusCode(409).body("code", equalTo("EVIDENCE_PRESERVATION_OPEN"));
        issue("cc-officer-1", caseId, "EVIDENCE_PRESERVATION_NOTICE").statusCode(409).body("code", equalTo("DOCUMENT_STEP_NOT_REACHED"));
        as("cc-officer-1").post(base + "/" + first + "/approval").then().statusCode(403);
        as("cc-officer-1").body("{\"handling\":\"RELEASE\"}").post(base + "/" + first + "/handling").then().statusCode(409)
                .body("code", equalTo("EVIDENCE_PRESERVATION_STATE_FORBIDS_ACT"));

        String dueOn = as("cc-head").post(base + "/" + first + "/approval").then().statusCode(200).body("status", equalTo("APPROVED"))
                .body("lapsed", equalTo(false)).extract().path("dueOn");
        as("cc-head").get("/api/v1/cases/" + caseId).then().body("deadlines.find { it.kind == 'PRESERVATION_HANDLING' }.dueOn", equalTo(dueOn))
                .body("deadlines.find { it.kind == 'PRESERVATION_HANDLING' }.howComputed", containsString("7 working days after"));
        String notice = issue("cc-officer-1", caseId, "EVIDENCE_PRESERVATION_NOTICE").statusCode(201).extract().path("documentId");
        assertThat(text(notice)).contains("证据先行登记保存通知书").contains("超限运输车辆（吉A12345）").contains("过磅单").contains("2张")
                .contains("长春市超限检测站停车场").contains("第五十六条").contains("7个工作日内");

        clock.travelTo(LocalDate.parse(dueOn).plusDays(1).atStartOfDay(BeijingTime.ZONE).plusHours(10).toInstant());
        as("cc-officer-1").get(base).then().statusCode(200).body("[0].lapsed", equalTo(true));
        as("cc-officer-1").body("{\"handling\":\"SEIZURE\"}").post(base + "/" + first + "/handling").then().statusCode(409)
                .body("code", equalTo("EVIDENCE_PRESERVATION_LAPSED"));
        as("cc-officer-1").body("{\"handling\":\"RELEASE\",\"note\":\"期满自动解除，车辆已放行\"}").post(base + "/" + first + "/handling").then()
                .statusCode(200).body("status", equalTo("HANDLED")).body("handling", equalTo("RELEASE"));
        as("cc-head").get("/api/v1/cases/" + caseId).then()
                .body("deadlines.find { it.kind == 'PRESERVATION_HANDLING' }.status", equalTo("LAPSED"));

        String second = as("cc-officer-1").body(request).post(base).then().statusCode(201).extract().path("preservationId");
        as("cc-head").post(base + "/" + second + "/approval").then().statusCode(200);
        as("cc-head").post(base + "/" + second + "/approval").then().statusCode(409).body("code", equalTo("EVIDENCE_PRESERVATION_STATE_FORBIDS_ACT"));
        as("cc-officer-1").body("{\"handling\":\"EXAMINATION\",\"note\":\"送省计量院检定\"}").post(base + "/" + second + "/handling").then()
                .statusCode(200).body("handling", equalTo("EXAMINATION"));
        as("cc-head").get("/api/v1/cases/" + caseId).then()
                .body("deadlines.findAll { it.kind == 'PRESERVATION_HANDLING' }.status", equalTo(List.of("LAPSED", "MET")));
        String secondNotice = issue("cc-officer-1", caseId, "EVIDENCE_PRESERVATION_NOTICE").statusCode(201).extract().path("documentId");
        assertThat(secondNotice).as("each preservation gets its own notice").isNotEqualTo(notice);
        as("cc-supervisor").get(base).then().statusCode(200).body("size()", equalTo(2));
        as("jl-officer-1").get(base).then().statusCode(404);
        as("cc-officer-1").body("{\"handling\":\"RELEASE\"}").post(base + "/no-such-preservation/handling").then().statusCode(404)
                .body("code", equalTo("EVIDENCE_PRESERVATION_NOT_FOUND"));
    }

    @Test
    void anAgencyAdaptsTheWordingOfAFormInVersionsThatItsDocumentsPrintAndRecord() throws Exception {
        String wordings = "/api/v1/document-wordings/";
        as("cc-officer-1").body("{\"contact\":\"电话\"}").put(wordings + "PENALTY_NOTICE").then().statusCode(403);
        as("cc-head").body("{\"note\":\"" + "注".repeat(1001) + "\"}").put(wordings + "PENALTY_NOTICE").then().statusCode(400);
        int first = as("cc-head").body("{\"contact\":\"长春市人民大街1号，0431-80000000\"}").put(wordings + "PENALTY_NOTICE").then()
                .statusCode(200).extract().path("version");
        int second = as("cc-head").body("{\"contact\":\"长春市人民大街2号，0431-80000001\",\"note\":\"陈述申辩可通过“吉事办”提交。\"}")
                .put(wordings + "PENALTY_NOTICE").then().statusCode(200).body("agencyCode", equalTo("220100001")).extract().path("version");
        assertThat(second).isEqualTo(first + 1);
        as("cc-officer-1").get("/api/v1/document-wordings").then().statusCode(200)
                .body("find { it.kind == 'PENALTY_NOTICE' }.version", equalTo(second));
        as("jl-head").get("/api/v1/document-wordings").then().statusCode(200).body("agencyCode", everyItem(equalTo("220200001")));

        String caseId = fileGeneral(twoOfficers(), "RA-01");
        recordEvidence(caseId);
        as("cc-officer-1").body("{\"penalty\":" + fine("3000") + ",\"degree\":3}").post("/api/v1/cases/" + caseId + "/proposal").then().statusCode(200);
        as("cc-officer-1").post("/api/v1/cases/" + caseId + "/notice").then().statusCode(200);
        String notice = issue("cc-officer-1", caseId, "PENALTY_NOTICE").statusCode(201).body("wordingVersion", equalTo(second))
                .extract().path("documentId");
        assertThat(text(notice)).contains("联系方式：长春市人民大街2号，0431-80000001").contains("陈述申辩可通过“吉事办”提交。")
                .doesNotContain("人民大街1号").contains("享有陈述、申辩的权利");
        String approval = issue("cc-officer-1", caseId, "FILING_APPROVAL").statusCode(201).body("wordingVersion", equalTo(0))
                .extract().path("documentId");
        assertThat(text(approval)).doesNotContain("联系方式");
    }
}

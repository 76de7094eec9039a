package cn.enforcement.cases.api;

import static cn.enforcement.cases.api.Cases.as;
import static cn.enforcement.cases.api.Cases.asClient;
import static cn.enforcement.cases.api.Cases.eventTypes;
import static cn.enforcement.cases.api.Cases.fileGeneral;
import static cn.enforcement.cases.api.Cases.fine;
import static cn.enforcement.cases.api.Cases.recordEvidence;
import static cn.enforcement.cases.api.Cases.twoOfficers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import cn.enforcement.platform.testing.TestClock;
import cn.enforcement.platform.time.BeijingTime;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The criminal-transfer channel (行刑衔接) against the real stack: thresholds that stop a fine, the request, the head's
 * decision and delivery, and the receiving body's answers through its own client, which no other body sees.
 */
@QuarkusTest
class CriminalTransferTest {

    private static final String RECEIVER = "judicial-partner";              // 长春市公安局 220100910
    private static final String OTHER_BODY = "jilin-police";                // 吉林市公安局 220200910
    private static final String PROCURATORATE = "changchun-procuratorate";  // 长春市人民检察院 220100920

    private static final String ATTACHMENTS = """
            {"transferLetter":"长交执移〔2026〕第0003号","investigationReport":"调查终结报告","seizedItemsList":"涉案物品清单",
             "testOrExpertReports":"鉴定意见","otherMaterial":"询问笔录"}""";

    @Inject
    TestClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private static LocalDate today() {
        return LocalDate.now(BeijingTime.ZONE);
    }

    /** A catalogue item of the test's own whose criminal threshold is a quantity of 100, with RA-01's benchmark. */
    @SuppressWarnings("unchecked")
    private static String itemWithAQuantityThreshold() {
        Map<String, Object> item = as("province-supervisor").get("/api/v1/violation-items/RA-01").then().statusCode(200)
                .extract().as(Map.class);
        item.put("code", "TEST-CRIME");
        item.put("name", "测试事项：数量达到一百即涉嫌犯罪");
        item.put("criminalThresholds", List.of(Map.of("measure", "QUANTITY", "atLeast", 100, "description", "数量一百以上",
                "basis", "测试用追诉标准")));
        as("province-supervisor").body(item).put("/api/v1/violation-items/TEST-CRIME").then().statusCode(200)
                .body("criminalThresholds[0].measure", equalTo("QUANTITY"));
        return "TEST-CRIME";
    }

    @Test
    void factsThatReachAThresholdStopTheFineUntilTheHeadRecordsWhyTheCaseIsNotTransferred() {
        String caseId = fileGeneral(twoOfficers(), itemWithAQuantityThreshold());
        as("cc-officer-1").body("{\"penalty\":" + fine("3000") + ",\"degree\":3}").post("/api/v1/cases/" + caseId + "/proposal")
                .then().statusCode(200);
        recordEvidence(caseId);
        as("cc-officer-1").body("{\"measures\":{\"QUANTITY\":99.99}}").post("/api/v1/cases/" + caseId + "/measured-facts")
                .then().statusCode(200).body("measuredFacts.QUANTITY", equalTo(99.99f));
        as("cc-officer-1").body("{\"measures\":{\"QUANTITY\":-1}}").post("/api/v1/cases/" + caseId + "/measured-facts")
                .then().statusCode(400);
        as("cc-officer-1").body("{\"measures\":{\"QUANTITY\":100}}").post("/api/v1/cases/" + caseId + "/measured-facts")
                .then().statusCode(200);
        as("cc-officer-1").post("/api/v1/cases/" + caseId + "/notice").then().statusCode(200);
        as("cc-officer-1").body("{\"content\":\"当事人无异议\",\"answer\":\"已记录\"}").post("/api/v1/cases/" + caseId + "/statements")
                .then().statusCode(200);
        clock.travelTo(Instant.now().plus(Duration.ofDays(12)));

        String decision = "{\"penalty\":" + fine("3000") + ",\"legalBasis\":\"《公路安全保护条例》第六十四条\"}";
        as("cc-head").body(decision).post("/api/v1/cases/" + caseId + "/decision").then().statusCode(422)
                .body("code", equalTo("CRIMINAL_THRESHOLD_CROSSED"));
        as("cc-head").body("{\"approved\":true,\"reasons\":\"移送\"}").post("/api/v1/cases/" + caseId + "/transfer-decision")
                .then().statusCode(409).body("code", equalTo("TRANSFER_STATE_FORBIDS_ACT"));
        as("cc-head").body("{\"approved\":false,\"reasons\":\"经复核，数量含当事人合法持有部分，实际违法数量不足追诉标准\"}")
                .post("/api/v1/cases/" + caseId + "/transfer-decision").then().statusCode(200)
                .body("transfer.status", equalTo("DECLINED")).body("transfer.receivingBodyCode", equalTo(null));
        as("cc-head").body(decision).post("/api/v1/cases/" + caseId + "/decision").then().statusCode(200)
                .body("status", equalTo("DECIDED"));

        assertThat(eventTypes(caseId, "CaseDecided")).containsSubsequence("CriminalThresholdCrossed", "TransferDecided", "CaseDecided")
                .containsOnlyOnce("CriminalThresholdCrossed");
    }

    @Test
    void aTransferIsAnsweredByItsReceiverWhileAnotherBodyNeverSeesIt() {
        String caseId = fileGeneral(twoOfficers(), "RT-03");
        recordEvidence(caseId);
        String cases = "/api/v1/cases/" + caseId;

        as("cc-officer-1").body("{\"receivingBodyCode\":\"220100999\",\"reasons\":\"非法营运数额巨大\"}").post(cases + "/transfer-request")
                .then().statusCode(422).body("code", equalTo("JUDICIAL_BODY_UNKNOWN"));
        String transferId = as("cc-officer-1").body("{\"receivingBodyCode\":\"220100910\",\"reasons\":\"非法经营数额八万元，涉嫌非法经营罪\"}")
                .post(cases + "/transfer-request").then().statusCode(200).body("transfer.status", equalTo("REQUESTED"))
                .body("deadlines.find { it.kind == 'TRANSFER_DECISION' }.dueOn", equalTo(today().plusDays(3).toString()))
                .extract().path("transfer.transferId");
        as("cc-officer-1").body("{\"receivingBodyCode\":\"220100910\",\"reasons\":\"再次\"}").post(cases + "/transfer-request")
                .then().statusCode(409).body("code", equalTo("TRANSFER_UNDER_WAY"));
        asClient(RECEIVER).get("/api/v1/transfers/" + transferId).then().statusCode(404).body("code", equalTo("TRANSFER_NOT_FOUND"));
        as("cc-head").body(ATTACHMENTS).post(cases + "/transfer").then().statusCode(409).body("code", equalTo("TRANSFER_STATE_FORBIDS_ACT"));
        as("cc-head").body("{\"approved\":true,\"reasons\":\"同意移送\"}").post(cases + "/transfer-decision").then().statusCode(200)
                .body("transfer.status", equalTo("APPROVED"))
                .body("deadlines.find { it.kind == 'TRANSFER_DECISION' }.status", equalTo("MET"))
                .body("deadlines.find { it.kind == 'TRANSFER_DELIVERY' }.dueOn", equalTo(today().plusDays(1).toString()));
        as("cc-head").body("{\"transferLetter\":\"移送书\"}").post(cases + "/transfer").then().statusCode(422)
                .body("code", equalTo("TRANSFER_ATTACHMENTS_INCOMPLETE"));
        as("cc-head").body(ATTACHMENTS).post(cases + "/transfer").then().statusCode(200).body("status", equalTo("TRANSFERRED"))
                .body("transfer.receivingBody", equalTo("长春市公安局"))
                .body("deadlines.find { it.kind == 'TRANSFER_ANSWER' }.dueOn", equalTo(today().plusDays(3).toString()));
        as("cc-head").body("{\"penalty\":" + fine("50000") + ",\"legalBasis\":\"第六十三条\"}").post(cases + "/decision")
                .then().statusCode(409).body("code", equalTo("CASE_STATE_FORBIDS_ACT"));

        asClient(RECEIVER).get("/api/v1/transfers?status=DELIVERED&limit=100").then().statusCode(200)
                .body("transfers.transferId", hasItem(transferId));
        asClient(RECEIVER).get("/api/v1/transfers/" + transferId).then().statusCode(200).body("status", equalTo("DELIVERED"))
                .body("attachments", hasSize(5)).body("partyIdentifier", not(org.hamcrest.Matchers.containsString("*")))
                .body("answerDueOn", equalTo(today().plusDays(3).toString())).body("evidencePackages", notNullValue());
        asClient(OTHER_BODY).get("/api/v1/transfers/" + transferId).then().statusCode(404).body("code", equalTo("TRANSFER_NOT_FOUND"));
        asClient(OTHER_BODY).get("/api/v1/transfers?limit=100").then().statusCode(200).body("transfers.transferId", not(hasItem(transferId)));
        asClient(OTHER_BODY).body("{\"accepted\":true,\"remarks\":\"立案\"}").post("/api/v1/transfers/" + transferId + "/answer")
                .then().statusCode(404);
        asClient(PROCURATORATE).get("/api/v1/transfers/" + transferId).then().statusCode(200);
        asClient(PROCURATORATE).body("{\"accepted\":true,\"remarks\":\"立案\"}").post("/api/v1/transfers/" + transferId + "/answer")
                .then().statusCode(403).body("code", equalTo("TRANSFER_RECEIVER_ONLY"));
        as("cc-officer-1").get("/api/v1/transfers/" + transferId).then().statusCode(403);

        String answer = "/api/v1/transfers/" + transferId + "/answer";
        asClient(RECEIVER).header("Performed-At", java.time.Instant.now().plus(java.time.Duration.ofHours(1)).toString())
                .body("{\"accepted\":false,\"remarks\":\"时钟超前的终端\"}").post(answer).then().statusCode(422)
                .body("code", equalTo("ACT_TIME_IN_FUTURE"));
        asClient(RECEIVER).body("{\"accepted\":false,\"remarks\":\"证据不足以证明非法经营数额\"}").post(answer).then().statusCode(200)
                .body("status", equalTo("REFUSED"));
        as("cc-officer-1").get(cases).then().body("transfer.accepted", equalTo(false))
                .body("deadlines.find { it.kind == 'TRANSFER_RECONSIDERATION' }.status", equalTo("OPEN"));
        asClient(RECEIVER).body("{\"opinion\":\"自我监督\"}").post("/api/v1/transfers/" + transferId + "/filing-supervision")
                .then().statusCode(403).body("code", equalTo("PROCURATORATE_ONLY"));
        as("cc-head").body("{\"reason\":\"补充了银行流水，经营数额已查实\"}").post(cases + "/transfer-reconsideration").then().statusCode(200)
                .body("transfer.status", equalTo("RECONSIDERATION"));
        asClient(RECEIVER).body("{\"accepted\":false,\"remarks\":\"复议维持不予立案\"}").post(answer).then().statusCode(200);
        as("cc-head").body("{\"reason\":\"再次复议\"}").post(cases + "/transfer-reconsideration").then().statusCode(409)
                .body("code", equalTo("TRANSFER_STATE_FORBIDS_ACT"));
        asClient(PROCURATORATE).body("{\"opinion\":\"要求说明不立案理由；理由不成立，通知立案\"}")
                .post("/api/v1/transfers/" + transferId + "/filing-supervision").then().statusCode(200).body("status", equalTo("SUPERVISED"));
        asClient(RECEIVER).body("{\"accepted\":true,\"remarks\":\"已立案侦查，长公立字〔2026〕第118号\"}").post(answer).then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        asClient(RECEIVER).body("{\"accepted\":false,\"remarks\":\"改变主意\"}").post(answer).then().statusCode(409)
                .body("code", equalTo("TRANSFER_ALREADY_ANSWERED"));
        as("cc-head").get(cases).then().body("transfer.accepted", equalTo(true)).body("transfer.status", equalTo("ACCEPTED"));
        as("cc-head").post(cases + "/closure").then().statusCode(200).body("status", equalTo("CLOSED"));

        assertThat(eventTypes(caseId, "CaseClosed")).containsSubsequence("TransferRequested", "TransferDecided", "CaseTransferred",
                "TransferAnswered", "TransferReconsiderationRequested", "TransferAnswered", "TransferFilingSupervised", "TransferAnswered",
                "CaseClosed");
    }
}

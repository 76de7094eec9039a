package cn.enforcement.systemtests;

import static cn.enforcement.systemtests.Gateway.anonymous;
import static cn.enforcement.systemtests.Gateway.as;
import static cn.enforcement.systemtests.Gateway.asClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The criminal-transfer channel through the gateway with the partners' client-credential tokens: 长春市公安局 answers the
 * transfer delivered to it, its procuratorate reads it, 吉林市公安局 gets 404; the supervision platform sees the facts
 * that reached a criminal threshold and every step of the transfer in the feed, as case-service published them.
 */
@ExtendWith(PlatformUnderTest.class)
class CriminalTransferSystemTest {

    @Test
    void theReceivingBodyAnswersItsTransferAnotherBodyGets404AndTheFeedShowsEveryStep() {
        List<String> officers = Gateway.demoOfficerCredentials("cc-officer-1", "cc-officer-2");
        String caseId = Gateway.fileApprovedGeneralCase(officers, "RT-03");
        as("cc-officer-1").body("{\"measures\":{\"AMOUNT_YUAN\":80000}}").post("/api/v1/cases/" + caseId + "/measured-facts")
                .then().statusCode(200);
        String transferId = Gateway.transferToChangchunPolice(caseId);

        asClient("judicial-partner").get("/api/v1/transfers?status=DELIVERED&limit=100").then().statusCode(200)
                .body("transfers.transferId", hasItem(transferId));
        asClient("judicial-partner").get("/api/v1/transfers/" + transferId).then().statusCode(200)
                .body("caseId", equalTo(caseId)).body("measuredFacts.AMOUNT_YUAN", equalTo(80000));
        asClient("jilin-police").get("/api/v1/transfers/" + transferId).then().statusCode(404).body("code", equalTo("TRANSFER_NOT_FOUND"));
        asClient("jilin-police").body("{\"accepted\":true,\"remarks\":\"立案\"}").post("/api/v1/transfers/" + transferId + "/answer")
                .then().statusCode(404);
        asClient("changchun-procuratorate").get("/api/v1/transfers/" + transferId).then().statusCode(200);
        as("cc-officer-1").get("/api/v1/transfers/" + transferId).then().statusCode(403);
        anonymous().get("/api/v1/transfers").then().statusCode(401);

        String packageId = await().atMost(Duration.ofSeconds(60)).until(() -> {
            List<String> ids = asClient("judicial-partner").get("/api/v1/evidence-packages?caseId=" + caseId).then().statusCode(200)
                    .extract().path("$");
            return ids.isEmpty() ? null : ids.get(0);
        }, id -> id != null);
        asClient("jilin-police").get("/api/v1/evidence-packages?caseId=" + caseId).then().statusCode(200).body("$", empty());
        asClient("jilin-police").get("/api/v1/evidence-packages/" + packageId).then().statusCode(403);

        asClient("judicial-partner").body("{\"accepted\":true,\"remarks\":\"已立案侦查，长公立字〔2026〕第118号\"}")
                .post("/api/v1/transfers/" + transferId + "/answer").then().statusCode(200).body("status", equalTo("ACCEPTED"));
        as("cc-head").get("/api/v1/cases/" + caseId).then().body("transfer.accepted", equalTo(true))
                .body("timeline.act", hasItem("TRANSFER_ACCEPTED")).body("timeline.act", not(hasItem("DECIDED")));

        List<String> kinds = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Gateway.readFeed(caseId, null).kinds(), k -> k.contains("TransferAnswered"));
        assertThat(kinds).containsSubsequence("CaseFiled", "CaseFilingApproved", "CriminalThresholdCrossed", "TransferRequested",
                "TransferDecided", "CaseTransferred", "TransferAnswered");
    }
}

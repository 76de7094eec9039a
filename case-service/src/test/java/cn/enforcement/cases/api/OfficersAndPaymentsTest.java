package cn.enforcement.cases.api;

import static cn.enforcement.cases.api.Cases.as;
import static cn.enforcement.cases.api.Cases.asPaymentPlatform;
import static cn.enforcement.cases.api.Cases.awaitCredential;
import static cn.enforcement.cases.api.Cases.drawForEvaluation;
import static cn.enforcement.cases.api.Cases.evaluated;
import static cn.enforcement.cases.api.Cases.fileGeneral;
import static cn.enforcement.cases.api.Cases.filing;
import static cn.enforcement.cases.api.Cases.fine;
import static cn.enforcement.cases.api.Cases.newCredentialNumber;
import static cn.enforcement.cases.api.Cases.publishCredential;
import static cn.enforcement.cases.api.Cases.twoOfficers;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import cn.enforcement.platform.time.BeijingTime;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** PL 42 at every act, and bank confirmations that do not match what is owed. */
@QuarkusTest
class OfficersAndPaymentsTest {

    @Test
    void anOfficerOfAnotherAgencyCannotMakeUpTheTwo() {
        List<String> own = twoOfficers();
        String elsewhere = newCredentialNumber();
        publishCredential(elsewhere, "jl-officer-1", "220200001", "ACTIVE");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("province-supervisor")
                .get("/api/v1/officer-credentials/" + elsewhere).then().statusCode(200).body("status", equalTo("ACTIVE")));
        as("cc-officer-1").body(filing("GENERAL", "RA-01", List.of(own.get(0), elsewhere), null, LocalDate.now(BeijingTime.ZONE).minusDays(1)))
                .post("/api/v1/cases").then().statusCode(422).body("code", equalTo("OFFICER_OF_ANOTHER_AGENCY"));
    }

    @Test
    void aCoOfficerSuspendedAfterFilingStopsTheNextAct() {
        List<String> officers = twoOfficers();
        String caseId = fileGeneral(officers, "RA-01");
        publishCredential(officers.get(1), "cc-officer-2", "SUSPENDED");
        awaitCredential(officers.get(1), "SUSPENDED");
        as("cc-officer-1").body("{\"penalty\":" + fine("3000") + ",\"degree\":3}").post("/api/v1/cases/" + caseId + "/proposal")
                .then().statusCode(422).body("code", equalTo("OFFICER_CREDENTIAL_NOT_VALID"));
    }

    @Test
    void aContinuingActCannotEndInTheFuture() {
        String body = filing("GENERAL", "RA-01", twoOfficers(), null, LocalDate.now(BeijingTime.ZONE).minusDays(10))
                .replace("\"harmedLifeHealthOrFinance\"", "\"actEndedOn\":\"2099-01-01\",\"harmedLifeHealthOrFinance\"");
        as("cc-officer-1").body(body).post("/api/v1/cases").then().statusCode(422).body("code", equalTo("ACT_DATES_INVALID"));
    }

    private static String summaryFineOf100() {
        return as("cc-officer-1").body(filing("SUMMARY", "RT-01", twoOfficers(),
                        "\"onTheSpotPenalty\":" + fine("100") + ",\"onTheSpotLegalBasis\":\"《道路运输条例》第六十八条\"", LocalDate.now(BeijingTime.ZONE)))
                .post("/api/v1/cases").then().statusCode(201).extract().path("caseId");
    }

    private static String payment(String amount, Instant paidAt) {
        return "{\"amount\":" + amount + ",\"paidAt\":\"" + paidAt + "\",\"bankReference\":\"ICBC-" + System.nanoTime() + "\"}";
    }

    @Test
    void aPaymentDatedInTheFutureIsRefused() {
        String caseId = summaryFineOf100();
        asPaymentPlatform().body(payment("100", Instant.now().plus(Duration.ofDays(2)))).post("/api/v1/cases/" + caseId + "/payments")
                .then().statusCode(422).body("code", equalTo("ACT_TIME_IN_FUTURE"));
    }

    @Test
    void anOverpaymentIsPaidWithTheRefundDueAndAPartialPaymentLeavesTheRestOutstanding() {
        String overpaid = summaryFineOf100();
        asPaymentPlatform().body(payment("150", Instant.now())).post("/api/v1/cases/" + overpaid + "/payments").then().statusCode(200)
                .body("status", equalTo("PAID")).body("payment.refundDue", equalTo(50.0f)).body("payment.outstanding", equalTo(0.0f));

        String partial = summaryFineOf100();
        asPaymentPlatform().body(payment("60", Instant.now())).post("/api/v1/cases/" + partial + "/payments").then().statusCode(200)
                .body("status", equalTo("SERVED")).body("payment.outstanding", equalTo(40.0f)).body("payment.refundDue", equalTo(0.0f));
        asPaymentPlatform().body(payment("40", Instant.now())).post("/api/v1/cases/" + partial + "/payments").then().statusCode(200)
                .body("status", equalTo("PAID")).body("payment.outstanding", equalTo(0.0f));
    }

    /** Existence does not leak: another agency's case answers exactly as a case that does not exist. */
    @Test
    void anotherAgencysCaseIsAsUnknownAsACaseThatDoesNotExist() {
        String caseId = fileGeneral(twoOfficers(), "RA-01");
        for (String outsider : new String[] { "jl-officer-1", "jl-supervisor" }) {
            as(outsider).get("/api/v1/cases/" + caseId).then().statusCode(404).body("code", equalTo("CASE_NOT_FOUND"));
        }
        as("jl-officer-1").get("/api/v1/cases/no-such-case").then().statusCode(404).body("code", equalTo("CASE_NOT_FOUND"));
        as("jl-head").body("{\"reason\":\"调查需要\"}").post("/api/v1/cases/" + caseId + "/extension")
                .then().statusCode(404).body("code", equalTo("CASE_NOT_FOUND"));
        as("cc-supervisor").get("/api/v1/cases/" + caseId).then().statusCode(200);
    }

    @Test
    void anEvaluatorOfAnotherAgencyReadsAFileDrawnForThemUntilTheyHaveScoredIt() {
        String caseId = fileGeneral(twoOfficers(), "RA-01");
        String roundId = UUID.randomUUID().toString();
        as("jl-legal").get("/api/v1/cases/" + caseId).then().statusCode(404);
        drawForEvaluation(roundId, caseId, "jl-legal");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("jl-legal").get("/api/v1/cases/" + caseId).then().statusCode(200));
        as("jl-head").get("/api/v1/cases/" + caseId).then().statusCode(404);
        as("jl-legal").body("{\"kind\":\"RECONSIDERATION\",\"reviewingBody\":\"长春市人民政府\",\"filedOn\":\"%s\"}"
                .formatted(LocalDate.now(BeijingTime.ZONE))).post("/api/v1/cases/" + caseId + "/remedies").then().statusCode(404);
        evaluated(roundId, caseId);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("jl-legal").get("/api/v1/cases/" + caseId).then().statusCode(404));
    }

    @Test
    void aFineOfOneHundredYuanIsCollectedOnTheSpotAgainstTheReceiptAndHandedOverBeforeClosing() {
        String caseId = summaryFineOf100();
        as("cc-officer-1").body("{\"receiptNumber\":\"JL-2026-0004711\"}").post("/api/v1/cases/" + caseId + "/on-the-spot-collection")
                .then().statusCode(200).body("status", equalTo("PAID")).body("payment.collectionReceipt", equalTo("JL-2026-0004711"))
                .body("deadlines.find { it.kind == 'COLLECTION_HANDOVER' }.status", equalTo("OPEN"));
        as("cc-head").post("/api/v1/cases/" + caseId + "/filing-approval").then().statusCode(200);
        as("cc-head").post("/api/v1/cases/" + caseId + "/closure").then().statusCode(409)
                .body("code", equalTo("COLLECTED_FINE_NOT_HANDED_OVER"));
        as("cc-head").post("/api/v1/cases/" + caseId + "/collected-fine-handover").then().statusCode(200)
                .body("deadlines.find { it.kind == 'COLLECTION_HANDOVER' }.status", equalTo("MET"));
        as("cc-head").post("/api/v1/cases/" + caseId + "/closure").then().statusCode(200).body("status", equalTo("CLOSED"));
    }

    @Test
    void aLargerSummaryFineIsPaidToTheBankNotCollected() {
        String caseId = as("cc-officer-1").body(filing("SUMMARY", "RT-01", twoOfficers(),
                        "\"onTheSpotPenalty\":" + fine("150") + ",\"onTheSpotLegalBasis\":\"《道路运输条例》第六十八条\"", LocalDate.now(BeijingTime.ZONE)))
                .post("/api/v1/cases").then().statusCode(201).extract().path("caseId");
        as("cc-officer-1").body("{\"receiptNumber\":\"JL-2026-0004712\"}").post("/api/v1/cases/" + caseId + "/on-the-spot-collection")
                .then().statusCode(422).body("code", equalTo("ON_THE_SPOT_COLLECTION_NOT_ALLOWED"));
        as("cc-officer-1").get("/api/v1/cases/" + caseId).then().body("status", equalTo("SERVED"));
    }
}

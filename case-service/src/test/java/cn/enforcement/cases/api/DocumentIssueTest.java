package cn.enforcement.cases.api;

import static cn.enforcement.cases.api.Cases.as;
import static cn.enforcement.cases.api.Cases.asPaymentPlatform;
import static cn.enforcement.cases.api.Cases.fileGeneral;
import static cn.enforcement.cases.api.Cases.fine;
import static cn.enforcement.cases.api.Cases.recordEvidence;
import static cn.enforcement.cases.api.Cases.twoOfficers;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.enforcement.platform.hashing.Sha256;
import cn.enforcement.platform.testing.KafkaRecords;
import cn.enforcement.platform.testing.TestClock;
import cn.enforcement.platform.time.BeijingTime;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Documents on the real stack: each of the nine forms issued at its step as a numbered PDF whose text reads back with
 * pdftotext and whose fonts are embedded (pdffonts), stored once, verified on the public page, corrected by a new one.
 */
@QuarkusTest
class DocumentIssueTest {

    @Inject
    TestClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private static ValidatableResponse issue(String user, String caseId, String kind) {
        return as(user).body(Map.of("kind", kind)).post("/api/v1/cases/" + caseId + "/documents").then();
    }

    /** The PDF as issued, and its text as pdftotext (poppler-utils) reads it. */
    static String textOf(byte[] pdf) throws Exception {
        return run(pdf, "pdftotext", "-layout", "%s", "-");
    }

    private static String run(byte[] pdf, String... command) throws Exception {
        Path file = Files.createTempFile("document", ".pdf");
        try {
            Files.write(file, pdf);
            List<String> line = Arrays.stream(command).map(part -> part.replace("%s", file.toString())).toList();
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as(out).isZero();
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static byte[] pdf(String documentId) {
        return as("cc-officer-1").get("/api/v1/documents/" + documentId + "/pdf").then().statusCode(200)
                .header("Content-Type", containsString("application/pdf")).extract().asByteArray();
    }

    @Test
    void aGeneralCasesDocumentsAreIssuedAtTheirStepsNumberedReasonedAndVerifiable() throws Exception {
        String caseId = fileGeneral(twoOfficers(), "RA-01");
        String approval = issue("cc-officer-1", caseId, "FILING_APPROVAL").statusCode(201).extract().path("documentId");
        issue("cc-officer-1", caseId, "PENALTY_NOTICE").statusCode(409).body("code", equalTo("DOCUMENT_STEP_NOT_REACHED"));
        issue("jl-head", caseId, "FILING_APPROVAL").statusCode(404);
        issue("cc-officer-1", caseId, "FILING_APPROVAL").statusCode(409).body("code", equalTo("DOCUMENT_ALREADY_ISSUED"));

        recordEvidence(caseId);
        as("cc-officer-1").body("{\"penalty\":" + fine("3000") + ",\"degree\":3,\"circumstances\":[\"COOPERATED\",\"REPEATED_OFFENCE\"]}")
                .post("/api/v1/cases/" + caseId + "/proposal").then().statusCode(200);
        as("cc-officer-1").post("/api/v1/cases/" + caseId + "/notice").then().statusCode(200);
        String notice = issue("cc-officer-1", caseId, "PENALTY_NOTICE").statusCode(201).extract().path("documentId");
        as("cc-officer-1").body("{\"content\":\"当事人称不知道车辆已超限\",\"answer\":\"过磅单据由当事人签字确认\",\"accepted\":false}")
                .post("/api/v1/cases/" + caseId + "/statements").then().statusCode(200);
        clock.travelTo(Instant.now().plus(Duration.ofDays(12)));
        as("cc-head").body("{\"penalty\":" + fine("3000") + ",\"legalBasis\":\"《公路安全保护条例》第六十四条\"}")
                .post("/api/v1/cases/" + caseId + "/decision").then().statusCode(200);
        ValidatableResponse decided = issue("cc-head", caseId, "PENALTY_DECISION").statusCode(201)
                .body("number", containsString("吉长交执罚〔")).body("templateVersion", equalTo(1));
        String decision = decided.extract().path("documentId");
        String decisionNumber = decided.extract().path("number");

        byte[] decisionPdf = pdf(decision);
        assertThat(Sha256.hex(decisionPdf)).isEqualTo(decided.extract().<String>path("sha256"));
        String text = textOf(decisionPdf).replaceAll("\\s+", "");
        assertThat(text).contains("长春市交通运输综合行政执法支队").contains("行政处罚决定书").contains(decisionNumber)
                .contains("当事人称不知道车辆已超限").contains("不予采纳，理由是：过磅单据由当事人签字确认")
                .contains("配合调查的从轻情节").contains("多次违法的从重情节").contains("“一般”档次")
                .contains("罚款人民币3000元").contains("六十日内向长春市人民政府申请行政复议").contains("每日按罚款数额的百分之三加处罚款");
        String fonts = run(decisionPdf, "pdffonts", "%s");
        List<String> fontRows = fonts.lines().skip(2).filter(row -> !row.isBlank()).toList();
        assertThat(fontRows).isNotEmpty().allSatisfy(row -> assertThat(row.split("\\s+")).as(row).contains("yes"));
        assertThat(fontRows).allSatisfy(row -> assertThat(row).contains("CID TrueType"));
        assertThat(textOf(pdf(notice)).replaceAll("\\s+", "")).contains("行政处罚告知书").contains("享有陈述、申辩的权利");
        assertThat(textOf(pdf(approval)).replaceAll("\\s+", "")).contains("立案审批表").contains("同意立案").contains("执法检查");

        Instant served = clock.instant();
        as("cc-officer-1").body("{\"method\":\"DIRECT\",\"servedAt\":\"" + served + "\"}").post("/api/v1/cases/" + caseId + "/service").then()
                .statusCode(200);
        String receipt = issue("cc-officer-1", caseId, "SERVICE_RECEIPT").statusCode(201).extract().path("documentId");
        assertThat(textOf(pdf(receipt)).replaceAll("\\s+", "")).contains("送达回证").contains(decisionNumber).contains("直接送达");
        asPaymentPlatform().body("{\"amount\":3000,\"paidAt\":\"" + served + "\",\"bankReference\":\"ICBC-DOC-1\"}")
                .post("/api/v1/cases/" + caseId + "/payments").then().statusCode(200);
        as("cc-head").post("/api/v1/cases/" + caseId + "/closure").then().statusCode(200);
        String closing = issue("cc-head", caseId, "CASE_CLOSING_REPORT").statusCode(201).extract().path("documentId");
        assertThat(textOf(pdf(closing)).replaceAll("\\s+", "")).contains("结案报告").contains("已缴纳罚款3000元");

        given().get("/public/v1/documents/" + decision).then().statusCode(200).body("number", equalTo(decisionNumber))
                .body("agencyName", equalTo("长春市交通运输综合行政执法支队")).body("sha256", equalTo(Sha256.hex(decisionPdf)))
                .body("correctedBy", nullValue());
        String page = given().get("/public/documents/" + decision).then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'none'")).header("Cache-Control", equalTo("no-cache"))
                .extract().asString();
        assertThat(page).contains(decisionNumber).contains(Sha256.hex(decisionPdf)).doesNotContain("刘某");
        given().queryParam("number", decisionNumber).get("/public/v1/documents").then().statusCode(200).body("kind", equalTo("PENALTY_DECISION"));
        given().get("/public/v1/documents/no-such-document").then().statusCode(404).body("code", equalTo("DOCUMENT_NOT_FOUND"));

        issue("cc-head", caseId, "PENALTY_DECISION").statusCode(409).body("code", equalTo("DOCUMENT_ALREADY_ISSUED"));
        ValidatableResponse corrected = as("cc-head").body(Map.of("kind", "PENALTY_DECISION", "corrects", decision))
                .post("/api/v1/cases/" + caseId + "/documents").then().statusCode(201).body("corrects", equalTo(decision));
        String correctionNumber = corrected.extract().path("number");
        assertThat(correctionNumber).isNotEqualTo(decisionNumber).startsWith("吉长交执罚〔");
        as("cc-head").body(Map.of("kind", "PENALTY_DECISION", "corrects", decision)).post("/api/v1/cases/" + caseId + "/documents").then()
                .statusCode(422).body("code", equalTo("DOCUMENT_CORRECTION_INVALID"));
        given().get("/public/v1/documents/" + decision).then().statusCode(200).body("correctedBy", equalTo(correctionNumber));
        assertThat(pdf(decision)).as("the corrected document stays as it was").isEqualTo(decisionPdf);

        as("cc-supervisor").get("/api/v1/cases/" + caseId + "/documents").then().statusCode(200).body("size()", equalTo(6));
        as("jl-officer-1").get("/api/v1/documents/" + decision).then().statusCode(404).body("code", equalTo("DOCUMENT_NOT_FOUND"));
        List<String> types = Cases.eventTypes(caseId, "DocumentIssued");
        assertThat(types).contains("DocumentIssued");
        assertThat(KafkaRecords.readUntil("test.enforcement.case.v1", r -> caseId.equals(r.key()) && r.value().contains(decisionNumber),
                r -> caseId.equals(r.key()) && r.value().contains(decisionNumber), Duration.ofSeconds(30)).get(0).value())
                .contains(Sha256.hex(decisionPdf)).contains("\"bucket\":\"documents\"");
    }

    @Test
    void aSummaryDecisionANoPenaltyDecisionAReviewOpinionPerRoundAndATransferLetterAreIssuedAtTheirSteps() throws Exception {
        String summary = as("cc-officer-1").body(Cases.filing("SUMMARY", "RT-01", twoOfficers(),
                        "\"onTheSpotPenalty\":{\"kind\":\"WARNING\"},\"onTheSpotLegalBasis\":\"《道路运输条例》第六十八条\"",
                        LocalDate.now(BeijingTime.ZONE)))
                .post("/api/v1/cases").then().statusCode(201).extract().path("caseId");
        issue("cc-officer-1", summary, "PENALTY_DECISION").statusCode(409).body("code", equalTo("DOCUMENT_STEP_NOT_REACHED"));
        String onTheSpot = issue("cc-officer-1", summary, "ON_THE_SPOT_DECISION").statusCode(201)
                .body("number", containsString("吉长交执当罚〔")).extract().path("documentId");
        assertThat(textOf(pdf(onTheSpot)).replaceAll("\\s+", "")).contains("当场行政处罚决定书").contains("警告").contains("《道路运输条例》第六十八条")
                .contains("六十日内向长春市人民政府申请行政复议");
        String onTheSpotNumber = as("cc-officer-1").get("/api/v1/documents/" + onTheSpot).then().extract().path("number");
        String receipt = issue("cc-officer-1", summary, "SERVICE_RECEIPT").statusCode(201).extract().path("documentId");
        assertThat(textOf(pdf(receipt)).replaceAll("\\s+", "")).contains("当场行政处罚决定书" + onTheSpotNumber).contains("当场交付");

        String exempt = fileGeneral(twoOfficers(), "RA-01");
        issue("cc-head", exempt, "NO_PENALTY_DECISION").statusCode(409).body("code", equalTo("DOCUMENT_STEP_NOT_REACHED"));
        as("cc-head").body("{\"firstOrMinor\":true,\"promptlyCorrected\":true,\"harmfulConsequences\":false,"
                + "\"commitmentLetterReference\":\"承诺书-2026-0002\",\"education\":\"现场宣讲超限治理法规\"}")
                .post("/api/v1/cases/" + exempt + "/no-penalty").then().statusCode(200);
        String noPenalty = issue("cc-head", exempt, "NO_PENALTY_DECISION").statusCode(201).extract().path("documentId");
        assertThat(textOf(pdf(noPenalty)).replaceAll("\\s+", "")).contains("不予行政处罚决定书").contains("第三十三条第一款")
                .contains("本机关决定不予行政处罚");
        issue("cc-head", exempt, "PENALTY_DECISION").statusCode(409).body("code", equalTo("DOCUMENT_STEP_NOT_REACHED"));

        String reviewed = fileGeneral(twoOfficers(), "RA-01");
        recordEvidence(reviewed);
        as("cc-officer-1").body("{\"penalty\":" + fine("20000") + ",\"degree\":12}").post("/api/v1/cases/" + reviewed + "/proposal").then()
                .statusCode(200);
        as("cc-officer-1").post("/api/v1/cases/" + reviewed + "/notice").then().statusCode(200);
        issue("cc-legal", reviewed, "LEGAL_REVIEW_OPINION").statusCode(403);
        issue("cc-head", reviewed, "LEGAL_REVIEW_OPINION").statusCode(409).body("code", equalTo("DOCUMENT_STEP_NOT_REACHED"));
        Cases.completeReview(reviewed, Cases.reviewRequestOf(reviewed), "220100001", "RETURNED_FOR_CORRECTION");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("cc-head").get("/api/v1/cases/" + reviewed)
                .then().body("review.outcome", equalTo("RETURNED_FOR_CORRECTION")));
        String returned = issue("cc-head", reviewed, "LEGAL_REVIEW_OPINION").statusCode(201).extract().path("documentId");
        assertThat(textOf(pdf(returned)).replaceAll("\\s+", "")).contains("法制审核意见书").contains("退回补充")
                .contains("事实清楚，证据充分，适用法律正确").contains("罚款人民币20000元");
        issue("cc-head", reviewed, "LEGAL_REVIEW_OPINION").statusCode(409).body("code", equalTo("DOCUMENT_ALREADY_ISSUED"));
        as("cc-officer-1").post("/api/v1/cases/" + reviewed + "/legal-review-request").then().statusCode(200);
        Cases.completeReview(reviewed, Cases.reviewRequestOf(reviewed), "220100001", "APPROVED");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("cc-head").get("/api/v1/cases/" + reviewed)
                .then().body("review.outcome", equalTo("APPROVED")));
        String approved = issue("cc-head", reviewed, "LEGAL_REVIEW_OPINION").statusCode(201).body("corrects", nullValue())
                .extract().path("documentId");
        assertThat(textOf(pdf(approved)).replaceAll("\\s+", "")).as("the new round's own opinion").contains("同意").doesNotContain("退回补充");

        String transferred = fileGeneral(twoOfficers(), "RT-03");
        recordEvidence(transferred);
        as("cc-officer-1").body("{\"receivingBodyCode\":\"220100910\",\"reasons\":\"非法经营数额八万元，涉嫌非法经营罪\"}")
                .post("/api/v1/cases/" + transferred + "/transfer-request").then().statusCode(200);
        issue("cc-head", transferred, "TRANSFER_LETTER").statusCode(409).body("code", equalTo("DOCUMENT_STEP_NOT_REACHED"));
        as("cc-head").body("{\"approved\":true,\"reasons\":\"同意移送\"}").post("/api/v1/cases/" + transferred + "/transfer-decision").then()
                .statusCode(200);
        String letter = issue("cc-head", transferred, "TRANSFER_LETTER").statusCode(201).body("number", containsString("吉长交执移〔"))
                .extract().path("documentId");
        assertThat(textOf(pdf(letter)).replaceAll("\\s+", "")).contains("涉嫌犯罪案件移送书").contains("非法经营数额八万元，涉嫌非法经营罪")
                .contains("三日内作出立案或者不予立案的决定");
    }
}

package cn.enforcement.systemtests;

import static cn.enforcement.platform.testing.TestIdentities.newResidentIdNumber;
import static cn.enforcement.systemtests.Gateway.anonymous;
import static cn.enforcement.systemtests.Gateway.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.enforcement.platform.time.BeijingTime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * After enforcement (事后公开), through the gateway: a decided case becomes a redacted draft, the disclosure
 * admin publishes it, a citizen reads it in a real browser without a token, the decision is revoked by
 * reconsideration and the record withdrawn with the reason.
 */
@ExtendWith(PlatformUnderTest.class)
class DisclosureSystemTest {

    private static List<String> officers;

    @BeforeAll
    static void officers() {
        officers = Gateway.demoOfficerCredentials("cc-officer-1", "cc-officer-2");
    }

    private static String decidedCase(String partyName, String idNumber) throws Exception {
        return Decisions.decidedCase("""
                {"procedure":"GENERAL","source":"INSPECTION","partyType":"INDIVIDUAL","partyName":"%s","partyIdentifier":"%s",
                 "violationItems":["RA-01"],"occurredOn":"%s","harmedLifeHealthOrFinance":false,"place":"长春绕城高速治超站",
                 "facts":"当事人%s（电话139.0431.1234，证号%s）驾驶吉 a 98765号货车车货总重超过限定标准，住南湖新村29栋3单元928室，押运员李 四在场",
                 "handlingCredentials":["%s","%s"],
                 "persons":[{"role":"OTHER","name":"李四","phone":"13904311234"}],"vehiclePlates":["吉A98765"]}"""
                .formatted(partyName, idNumber, LocalDate.now(BeijingTime.ZONE).minusDays(2), partyName, spaced(idNumber),
                        officers.get(0), officers.get(1)));
    }

    /** An ID number as officers often write it: in groups with spaces, the way it is printed on the card. */
    private static String spaced(String idNumber) {
        return idNumber.substring(0, 6) + " " + idNumber.substring(6, 14) + " " + idNumber.substring(14);
    }

    @Test
    void aDecisionIsPublishedRedactedReadInABrowserAndWithdrawnWhenRevoked() throws Exception {
        String idNumber = newResidentIdNumber();
        String caseId = decidedCase("王建国", idNumber);
        String record = Decisions.draftOf(caseId);
        as("cc-disclosure").get("/api/v1/disclosures/" + record).then().statusCode(200).body("status", equalTo("DRAFT"))
                .body("partyName", equalTo("王某某")).body("facts", not(containsString("1234")))
                .body("facts", not(containsString("98765"))).body("facts", not(containsString("928"))).body("facts", containsString("李某某"));
        as("cc-disclosure").post("/api/v1/disclosures/" + record + "/publication").then().statusCode(409)
                .body("code", equalTo("DECISION_NUMBER_UNKNOWN"));
        String number = Decisions.numbered(caseId, record);
        as("cc-disclosure").post("/api/v1/disclosures/" + record + "/publication").then().statusCode(200).body("status", equalTo("PUBLISHED"));

        anonymous().queryParam("agency", "220100001").queryParam("limit", 100).get("/public/v1/decisions").then().statusCode(200)
                .body("decisions.recordId", hasItem(record));
        String dom = PublicBrowser.renderedDom(PlatformUnderTest.GATEWAY + "/public/decisions/" + record);
        PublicBrowser.screenshot(PlatformUnderTest.GATEWAY + "/public/decisions/" + record,
                Files.createDirectories(Path.of("target/screenshots")).resolve("decision.png"));
        assertThat(dom).contains("lang=\"zh-CN\"").contains("行政处罚决定").contains(number).contains("王某某").contains("李某某")
                .contains("《公路安全保护条例》第六十四条").doesNotContain("王建国").doesNotContain("李 四").doesNotContain(spaced(idNumber))
                .doesNotContain(idNumber).doesNotContain("139.0431.1234").doesNotContain("a 98765").doesNotContain("29栋3单元928室")
                .doesNotContain("220100001-");
        String search = PublicBrowser.renderedDom(PlatformUnderTest.GATEWAY + "/public/decisions?agency=220100001&violationItem=RA-01");
        assertThat(search).contains("/public/decisions/" + record).doesNotContain(idNumber);

        as("cc-head").body("{\"revokedBy\":\"RECONSIDERATION\",\"reason\":\"复议机关撤销原处罚决定\"}")
                .post("/api/v1/cases/" + caseId + "/revocation").then().statusCode(200).body("status", equalTo("REVOKED"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("cc-disclosure").get("/api/v1/disclosures/" + record).then()
                .body("status", equalTo("WITHDRAWAL_DUE")).body("flag", equalTo("GREEN")));
        as("cc-disclosure").post("/api/v1/disclosures/" + record + "/withdrawal").then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        assertThat(PublicBrowser.renderedDom(PlatformUnderTest.GATEWAY + "/public/decisions/" + record))
                .contains("已撤回").contains("复议机关撤销原处罚决定").doesNotContain("王某某");
    }

    /** Before and during enforcement: the agency's page with its powers, the roster, and a credential's check page, in the browser. */
    @Test
    void theAgencyItsOfficersAndTheirCredentialsAreReadInABrowser() throws Exception {
        assertThat(PublicBrowser.hasCjkFont()).as("a CJK font for the pages (fonts-noto-cjk)").isTrue();
        as("cc-disclosure").body("""
                        {"effectiveFrom":"%s","name":"长春市交通运输综合行政执法支队","duties":"道路运输、公路路政领域行政处罚",
                         "legalBasis":"《行政处罚法》","enforcementFields":["ROAD_ADMINISTRATION"],"procedures":"立案、调查、告知、决定",
                         "timeLimits":"九十日","reconsiderationBody":"长春市人民政府","court":"长春市朝阳区人民法院","complaintPhone":"12328"}"""
                        .formatted(LocalDate.now(ZoneId.of("Asia/Shanghai"))))
                .put("/api/v1/agency-profiles/220100001").then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> anonymous().get("/public/v1/agencies/220100001").then().statusCode(200)
                .body("powers.code", hasItem("RA-01")));
        assertThat(PublicBrowser.renderedDom(PlatformUnderTest.GATEWAY + "/public/agencies/220100001"))
                .contains("lang=\"zh-CN\"").contains("权责清单").contains("RA-01").contains("12328");

        String credential = officers.get(0);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> anonymous().queryParam("agency", "220100001")
                .queryParam("name", "cc-officer-1").get("/public/v1/officers").then().statusCode(200)
                .body("officers.credentialNumber", hasItem(credential)));
        assertThat(PublicBrowser.renderedDom(PlatformUnderTest.GATEWAY + "/public/officers?agency=220100001&name=cc-officer-1"))
                .contains("执法人员公示").contains("/public/credentials/" + credential);
        assertThat(PublicBrowser.renderedDom(PlatformUnderTest.GATEWAY + "/public/credentials/" + credential))
                .contains("此证当前有效").contains(credential);
    }
}

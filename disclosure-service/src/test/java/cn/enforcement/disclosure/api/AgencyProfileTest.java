package cn.enforcement.disclosure.api;

import static cn.enforcement.platform.testing.CloudEventRecords.event;
import static cn.enforcement.platform.testing.CloudEventRecords.newId;
import static cn.enforcement.platform.testing.DemoRealm.tokenOf;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.enforcement.platform.testing.KafkaRecords;
import cn.enforcement.platform.time.BeijingTime;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The agency's profile in dated versions and its list of powers from the catalogue case-service publishes. */
@QuarkusTest
class AgencyProfileTest {

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(tokenOf(user)).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString());
    }

    private static String profile(LocalDate from, String duties, String field) {
        return """
                {"effectiveFrom":"%s","name":"长春市交通运输综合行政执法支队","duties":"%s",
                 "legalBasis":"《长春市交通运输综合行政执法改革实施方案》","enforcementFields":["%s"],
                 "procedures":"简易程序、普通程序（立案、调查取证、告知、听证、法制审核、决定、送达、执行）",
                 "timeLimits":"普通程序自立案之日起九十日内作出决定","reconsiderationBody":"长春市人民政府",
                 "court":"长春市朝阳区人民法院","complaintPhone":"12328","complaintMail":"jubao@example.cn",
                 "complaintAddress":"长春市人民大街0000号"}""".formatted(from, duties, field);
    }

    @Test
    void thePublicSeesTheVersionInForceOnADayWithThePowersOfItsFields() {
        String code = "ZZ-" + (100 + (int) (Math.random() * 800));
        KafkaRecords.send(event("test.enforcement.case.v1", newId(), "enforcement.case.ViolationItemPublished.v1", code, """
                {"code":"%s","name":"测试事项","enforcementField":"ROAD_ADMINISTRATION","illegalActBasis":"《公路法》第五十条",
                 "penaltyBasis":"《公路法》第七十六条","measure":"罚款","workSafety":false,"onExemptionList":false,
                 "tiers":[{"level":"ORDINARY","description":"一般：超限不足30%%","degreeFrom":0,"degreeTo":30,"individualMin":0,
                 "individualMax":2000,"organisationMin":0,"organisationMax":5000}],"publishedAt":"%s"}""".formatted(code, Instant.now())));

        LocalDate today = LocalDate.now(BeijingTime.ZONE);
        as("cc-disclosure").body(profile(today.minusDays(1), "旧职责", "ROAD_ADMINISTRATION")).put("/api/v1/agency-profiles/220100001")
                .then().statusCode(422).body("code", equalTo("PROFILE_BACKDATED"));
        as("jl-disclosure").body(profile(today, "职责", "ROAD_ADMINISTRATION")).put("/api/v1/agency-profiles/220100001")
                .then().statusCode(403).body("code", equalTo("OUTSIDE_OWN_AGENCY"));
        as("cc-disclosure").body(profile(today, "负责道路运输、公路路政领域行政处罚", "ROAD_ADMINISTRATION"))
                .put("/api/v1/agency-profiles/220100001").then().statusCode(200).body("effectiveFrom", equalTo(today.toString()));
        as("cc-disclosure").body(profile(today.plusDays(30), "新职责：另含水路运输", "WATERWAY"))
                .put("/api/v1/agency-profiles/220100001").then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/public/v1/agencies/220100001").then().statusCode(200)
                .body("duties", equalTo("负责道路运输、公路路政领域行政处罚")).body("powers.code", hasItem(code)));
        given().queryParam("on", today.plusDays(30).toString()).get("/public/v1/agencies/220100001").then().statusCode(200)
                .body("duties", containsString("水路")).body("powers.code", not(hasItem(code)));
        given().queryParam("on", "2020-01-01").get("/public/v1/agencies/220100001").then().statusCode(404)
                .body("code", equalTo("AGENCY_NOT_FOUND"));
        given().get("/public/v1/agencies").then().statusCode(200).body("agencyCode", hasItem("220100001"));
        given().get("/public/agencies/220100001").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("权责清单")).body(containsString("测试事项")).body(containsString("12328"));
        as("cc-head").get("/api/v1/agency-profiles/220100001/versions").then().statusCode(200)
                .body("effectiveFrom", hasItem(today.plusDays(30).toString()));
        as("cc-head").get("/api/v1/agency-profiles/garbage/versions").then().statusCode(404).body("code", equalTo("AGENCY_NOT_FOUND"));
    }
}

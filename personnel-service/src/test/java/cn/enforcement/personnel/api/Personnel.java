package cn.enforcement.personnel.api;

import static cn.enforcement.platform.testing.DemoRealm.tokenOf;
import static cn.enforcement.platform.testing.TestIdentities.newResidentIdNumber;
import static io.restassured.RestAssured.given;

import cn.enforcement.platform.time.BeijingTime;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;

/** Personnel admin steps the tests repeat. */
final class Personnel {

    private Personnel() {
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(tokenOf(user)).contentType(ContentType.JSON);
    }

    static String registration(String idNumber, String agencyCode, String username) {
        return """
                {"name":"张伟","gender":"MALE","idNumber":"%s","agencyCode":"%s","regionCode":"220100",
                 "post":"执法科员","enforcementFields":["ROAD_TRANSPORT","ROAD_ADMINISTRATION"]%s}"""
                .formatted(idNumber, agencyCode, username == null ? "" : ",\"username\":\"" + username + "\"");
    }

    static String registerOfficer() {
        return as("cc-personnel").body(registration(newResidentIdNumber(), "220100001", null)).post("/api/v1/officers")
                .then().statusCode(201).extract().path("officerId");
    }

    /** Sixty hours of training this year and a passed qualification exam. */
    static void qualify(String officerId) {
        as("cc-personnel").body("""
                {"course":"行政处罚法专题培训","kind":"LEGAL","hours":60,"completedOn":"%s"}""".formatted(LocalDate.now(BeijingTime.ZONE)))
                .post("/api/v1/officers/" + officerId + "/trainings").then().statusCode(201);
        as("cc-personnel").body("{\"examDate\":\"%s\",\"score\":82}".formatted(LocalDate.now(BeijingTime.ZONE)))
                .post("/api/v1/officers/" + officerId + "/exams").then().statusCode(201);
    }

    static String issueCredential(String officerId, String validFrom, String validTo) {
        return as("cc-personnel").body("{\"validFrom\":\"%s\",\"validTo\":\"%s\"}".formatted(validFrom, validTo))
                .post("/api/v1/officers/" + officerId + "/credentials").then().statusCode(201).extract().path("credentialNumber");
    }

    /** A registered, qualified officer holding a credential valid from this year to 2030. */
    static String credentialHolder() {
        String officerId = registerOfficer();
        qualify(officerId);
        return issueCredential(officerId, LocalDate.now(BeijingTime.ZONE).withDayOfYear(1).toString(), "2030-12-31");
    }
}

package cn.enforcement.personnel.api;

import static cn.enforcement.personnel.api.Personnel.as;
import static cn.enforcement.platform.testing.CloudEventRecords.header;
import static cn.enforcement.platform.testing.TestIdentities.newCreditCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import cn.enforcement.platform.testing.KafkaRecords;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The registry of enforcement agencies: read by every user, kept by personnel admins of the region, published to every service. */
@QuarkusTest
class AgencyRegistryTest {

    private static final String PERSONNEL_TOPIC = "test.enforcement.personnel.v1";

    /** An agency code of Changchun (220100100 to 220100899) not yet registered. */
    private static String newAgencyCode() {
        while (true) {
            String code = "220100" + (100 + ThreadLocalRandom.current().nextInt(800));
            if (as("cc-personnel").get("/api/v1/agencies/" + code).statusCode() == 404) {
                return code;
            }
        }
    }


    private static String agency(String creditCode, String parent) {
        return """
                {"fullName":"长春市交通运输综合行政执法支队直属二大队","shortName":"吉长交执二","regionCode":"220100","parentCode":%s,
                 "creditCode":"%s","enforcementFields":["ROAD_TRANSPORT"],"address":"长春市宽城区","contactPhone":"0431-12328",
                 "inForceFrom":"2026-01-01"}""".formatted(parent == null ? "null" : "\"" + parent + "\"", creditCode);
    }

    @Test
    void theProvinceIsRegisteredAndEveryUserReadsIt() {
        as("cc-officer-1").get("/api/v1/agencies").then().statusCode(200)
                .body("agencyCode", hasItems("220000000", "220100001", "220200001", "222400001"));
        as("jl-officer-1").get("/api/v1/agencies/220100001").then().statusCode(200).body("fullName", equalTo("长春市交通运输综合行政执法支队"))
                .body("shortName", equalTo("吉长交执")).body("parentCode", equalTo("220000000")).body("creditCode", equalTo("12220100MB0271830U"));
        as("cc-officer-1").get("/api/v1/agencies/220199999").then().statusCode(404).body("code", equalTo("AGENCY_NOT_REGISTERED"));
    }

    @Test
    void anAdminRegistersAnAgencyOfTheRegionAndEveryServiceIsTold() {
        String code = newAgencyCode();
        String creditCode = newCreditCode("12220100MB");
        as("cc-personnel").header("Idempotency-Key", UUID.randomUUID().toString()).body(agency(creditCode, "220100001"))
                .put("/api/v1/agencies/" + code).then().statusCode(200).body("agencyCode", equalTo(code)).body("recordedBy", equalTo("cc-personnel"));
        List<ConsumerRecord<String, String>> events = KafkaRecords.readUntil(PERSONNEL_TOPIC, r -> code.equals(r.key()),
                r -> code.equals(r.key()), Duration.ofSeconds(30));
        assertThat(events).singleElement().satisfies(r -> {
            assertThat(header(r, "ce_type")).contains("enforcement.personnel.AgencyRecorded.v1");
            assertThat(r.value()).contains("\"creditCode\":\"" + creditCode + "\"").contains("\"shortName\":\"吉长交执二\"");
        });
    }

    @Test
    void anAgencyOutsideTheAdminsRegionOrInconsistentIsRefusedAndNothingIsStored() {
        String code = newAgencyCode();
        as("jl-personnel").header("Idempotency-Key", UUID.randomUUID().toString()).body(agency(newCreditCode("12220100MB"), null))
                .put("/api/v1/agencies/" + code).then().statusCode(403).body("code", equalTo("OUTSIDE_OWN_AGENCY"));
        as("cc-personnel").header("Idempotency-Key", UUID.randomUUID().toString()).body(agency("12220100MB0271830A", null))
                .put("/api/v1/agencies/" + code).then().statusCode(422).body("code", equalTo("CREDIT_CODE_INVALID"));
        as("cc-personnel").header("Idempotency-Key", UUID.randomUUID().toString()).body(agency("12220100MB0271830U", null))
                .put("/api/v1/agencies/" + code).then().statusCode(409).body("code", equalTo("CREDIT_CODE_TAKEN"));
        as("cc-personnel").header("Idempotency-Key", UUID.randomUUID().toString()).body(agency(newCreditCode("12220100MB"), "220200001"))
                .put("/api/v1/agencies/" + code).then().statusCode(422).body("code", equalTo("AGENCY_PARENT_INVALID"));
        as("cc-personnel").get("/api/v1/agencies/" + code).then().statusCode(404);
    }

    @Test
    void anOfficerMovesOnlyToAnAgencyOfTheRegistry() {
        String officerId = Personnel.registerOfficer();
        as("cc-personnel").body("{\"agencyCode\":\"220100999\",\"regionCode\":\"220100\",\"post\":\"执法队员\"}")
                .post("/api/v1/officers/" + officerId + "/move").then().statusCode(422).body("code", equalTo("AGENCY_UNKNOWN"));
        as("cc-personnel").get("/api/v1/officers/" + officerId).then().statusCode(200).body("agencyCode", equalTo("220100001"));
    }
}

package cn.enforcement.systemtests;

import static cn.enforcement.platform.testing.TestIdentities.newResidentIdNumber;
import static cn.enforcement.systemtests.Gateway.anonymous;
import static cn.enforcement.systemtests.Gateway.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A credential's suspension and reinstatement, seen by the public check, case-service and the roster. */
@ExtendWith(PlatformUnderTest.class)
class CredentialLifeSystemTest {

    private static void caseServiceSees(String credential, String status) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("cc-officer-1")
                .get("/api/v1/officer-credentials/" + credential).then().statusCode(200).body("status", equalTo(status)));
    }

    @Test
    void aSuspendedCredentialIsNotValidAnywhereUntilReinstated() {
        String name = "证件" + UUID.randomUUID().toString().substring(0, 6);
        String officerId = Gateway.registerOfficer("cc-personnel", name, newResidentIdNumber(), "220100001", "220100");
        String credential = Gateway.issueCredential("cc-personnel", officerId);
        anonymous().get("/public/v1/credentials/" + credential).then().statusCode(200).body("validNow", equalTo(true));
        caseServiceSees(credential, "ACTIVE");

        as("cc-personnel").body("{\"reason\":\"涉嫌违规，暂扣执法证\"}").post("/api/v1/credentials/" + credential + "/suspension")
                .then().statusCode(200);
        anonymous().get("/public/v1/credentials/" + credential).then().body("validNow", equalTo(false));
        caseServiceSees(credential, "SUSPENDED");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(Gateway.publicRosterNames("220100001")).doesNotContain(name));

        as("cc-personnel").body("{\"reason\":\"调查结束\"}").post("/api/v1/credentials/" + credential + "/reinstatement")
                .then().statusCode(200);
        anonymous().get("/public/v1/credentials/" + credential).then().body("validNow", equalTo(true));
        caseServiceSees(credential, "ACTIVE");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(Gateway.publicRosterNames("220100001")).contains(name));
    }

    @Test
    void thePublicCheckNeedsNoTokenAndRefusesMalformedNumbers() {
        anonymous().get("/public/v1/credentials/not-a-number").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("CREDENTIAL_NUMBER_MALFORMED"));
        anonymous().get("/public/v1/credentials/99999999999999").then().statusCode(404);
    }
}

package cn.enforcement.systemtests;

import static cn.enforcement.platform.testing.TestIdentities.newResidentIdNumber;
import static cn.enforcement.systemtests.Gateway.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The foundation slice across services: personnel → events → case read model and public roster. */
@ExtendWith(PlatformUnderTest.class)
class CredentialSliceSystemTest {

    @Test
    void anOfficerRegisteredByThePersonnelAdminAppearsOnThePublicRosterAndInCaseService() {
        String name = "系统测试" + UUID.randomUUID().toString().substring(0, 6);
        String officerId = Gateway.registerOfficer("cc-personnel", name, newResidentIdNumber(), "220100001", "220100");
        String credential = Gateway.issueCredential("cc-personnel", officerId);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(Gateway.publicRosterNames("220100001")).contains(name));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                as("cc-officer-1").get("/api/v1/officer-credentials/" + credential).then()
                        .statusCode(200).body("officerName", equalTo(name)).body("status", equalTo("ACTIVE")));
    }
}

package cn.enforcement.systemtests;

import static cn.enforcement.platform.testing.CloudEventRecords.header;
import static cn.enforcement.platform.testing.TestIdentities.newResidentIdNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.enforcement.platform.testing.DemoRealm;
import cn.enforcement.platform.testing.KafkaRecords;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** With the broker stopped, commands still succeed; what they published arrives once the broker is back. */
@ExtendWith(PlatformUnderTest.class)
class KafkaOutageSystemTest {

    private static void stack(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", DemoRealm.repositoryRoot().resolve("deploy/local/stack.sh").toString(),
                command, "kafka").inheritIO().start();
        assertThat(process.waitFor()).as("stack.sh %s kafka", command).isZero();
    }

    @Test
    void credentialsIssuedWhileKafkaIsDownReachTheRosterExactlyOnceAfterItReturns() throws Exception {
        String batch = UUID.randomUUID().toString().substring(0, 6);
        List<String> names = new ArrayList<>();
        List<String> credentials = new ArrayList<>();
        stack("down");
        try {
            for (int i = 1; i <= 3; i++) {
                String name = "断网" + batch + "-" + i;
                String officerId = Gateway.registerOfficer("jl-personnel", name, newResidentIdNumber(), "220200001", "220200");
                credentials.add(Gateway.issueCredential("jl-personnel", officerId));
                names.add(name);
            }
        } finally {
            stack("up");
        }

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(Gateway.publicRosterNames("220200001")).containsAll(names));
        List<String> roster = Gateway.publicRosterNames("220200001");
        names.forEach(name -> assertThat(Collections.frequency(roster, name)).as(name).isEqualTo(1));

        Set<String> wanted = Set.copyOf(credentials);
        List<ConsumerRecord<String, String>> published = KafkaRecords.readUntil(
                PlatformUnderTest.TOPIC_PREFIX + "enforcement.personnel.v1",
                record -> wanted.contains(record.key()),
                record -> record.key() != null && record.key().equals(credentials.get(2)), Duration.ofSeconds(60));
        for (String credential : credentials) {
            Set<String> eventIds = published.stream().filter(r -> credential.equals(r.key()))
                    .map(r -> header(r, "ce_id").orElseThrow()).collect(Collectors.toSet());
            assertThat(eventIds).as("CredentialIssued events of %s", credential).hasSize(1);
        }
    }
}

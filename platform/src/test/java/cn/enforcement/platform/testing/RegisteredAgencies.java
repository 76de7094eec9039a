package cn.enforcement.platform.testing;

import static cn.enforcement.platform.testing.CloudEventRecords.event;
import static cn.enforcement.platform.testing.CloudEventRecords.newId;
import static org.awaitility.Awaitility.await;

import cn.enforcement.platform.agencies.KnownAgency;
import cn.enforcement.platform.identity.UnifiedSocialCreditCode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The agencies the service tests name, as personnel-service's registry publishes them (AgencyRecorded on the test topic),
 * awaited until the service under test knows each.
 */
public final class RegisteredAgencies {

    private record Agency(String code, String name, String shortName, String parent, String creditCode) {
    }

    private static final List<Agency> AGENCIES = List.of(
            new Agency("220000000", "吉林省交通运输综合行政执法局", "吉交执", null, "12220000MB1234567B"),
            new Agency("220100001", "长春市交通运输综合行政执法支队", "吉长交执", "220000000", "12220100MB0271830U"),
            new Agency("220100002", "长春市交通运输综合行政执法支队直属一大队", "吉长交执一", "220100001", "12220100MB0271900E"),
            new Agency("220200001", "吉林市交通运输综合行政执法支队", "吉吉交执", "220000000", "12220200MB15820464"),
            new Agency("220300001", "四平市交通运输综合行政执法支队", "吉四交执", "220000000", "12220300MB0395712K"));

    private static boolean published;

    private RegisteredAgencies() {
    }

    /** The demo agencies are known to the service under test (published once per test run). */
    public static synchronized void known() {
        if (!published) {
            AGENCIES.forEach(RegisteredAgencies::publish);
            published = true;
        }
        awaitKnown(AGENCIES.stream().map(Agency::code).toList());
    }

    /** A unit of a test's own (a fresh code of Changchun, 2201…), registered and known to the service under test. */
    public static void registered(String agencyCode) {
        String body = "12220100MB" + agencyCode.substring(2);
        publish(new Agency(agencyCode, "测试执法大队" + agencyCode, "吉测" + agencyCode.substring(6), "220100001",
                body + UnifiedSocialCreditCode.checkCharacter(body)));
        awaitKnown(List.of(agencyCode));
    }

    private static void publish(Agency agency) {
        KafkaRecords.send(event("test.enforcement.personnel.v1", newId(), "enforcement.personnel.AgencyRecorded.v1", agency.code(), """
                {"agencyCode":"%s","fullName":"%s","shortName":"%s","regionCode":"%s","parentCode":%s,"creditCode":"%s",
                 "enforcementFields":["ROAD_TRANSPORT","ROAD_ADMINISTRATION"],"address":null,"contactPhone":"12328",
                 "inForceFrom":"2020-01-01","inForceTo":null,"recordedAt":"%s"}""".formatted(agency.code(), agency.name(),
                agency.shortName(), agency.code().substring(0, 6), agency.parent() == null ? "null" : "\"" + agency.parent() + "\"",
                agency.creditCode(), Instant.now())));
    }

    private static void awaitKnown(List<String> codes) {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> KnownAgency.count("agencyCode in ?1", codes) == codes.size()));
    }
}

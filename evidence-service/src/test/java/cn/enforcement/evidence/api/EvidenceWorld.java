package cn.enforcement.evidence.api;

import static cn.enforcement.platform.testing.CloudEventRecords.event;
import static cn.enforcement.platform.testing.CloudEventRecords.newId;
import static cn.enforcement.platform.testing.DemoRealm.tokenOf;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import cn.enforcement.platform.testing.KafkaRecords;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.Result;
import io.minio.messages.Item;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Cases as case-service announces them, and files as officers' devices produce them. */
public final class EvidenceWorld {

    static final String CASE_TOPIC = "test.enforcement.case.v1";

    private EvidenceWorld() {
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(tokenOf(user));
    }

    private static String ref(String caseId) {
        return "{\"caseId\":\"%s\",\"caseNumber\":\"220100001-2026-%s\",\"agencyCode\":\"220100001\",\"regionCode\":\"220100\"}"
                .formatted(caseId, caseId.substring(0, 6));
    }

    /** A case filed with the agency at the given time, known to evidence-service once this returns. */
    public static String filedCase(Instant filedAt) {
        String caseId = UUID.randomUUID().toString();
        KafkaRecords.send(event(CASE_TOPIC, newId(), "enforcement.case.CaseFiled.v1", caseId, """
                {"caseRef":%s,"procedure":"GENERAL","source":"INSPECTION","partyType":"INDIVIDUAL","partyName":"刘某",
                 "violationItems":["RA-01"],"handlingCredentials":["22010026000001","22010026000002"],"at":"%s"}"""
                .formatted(ref(caseId), filedAt)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("cc-officer-1").get("/api/v1/cases/" + caseId + "/evidence")
                .then().statusCode(200));
        return caseId;
    }

    static void transferred(String caseId) {
        KafkaRecords.send(event(CASE_TOPIC, newId(), "enforcement.case.CaseTransferred.v1", caseId, """
                {"caseRef":%s,"transferId":"%s","receivingBodyCode":"220100910","receivingBody":"长春市公安局",
                 "supervisingProcuratorate":"220100920","attachments":["a","b","c","d","e"],"at":"%s"}"""
                .formatted(ref(caseId), UUID.randomUUID(), Instant.now())));
    }

    private static MinioClient store() {
        Config config = ConfigProvider.getConfig();
        return MinioClient.builder().endpoint(config.getValue("evidence.store.endpoint", String.class)).region("cn-north-1")
                .credentials(config.getValue("evidence.store.access-key", String.class),
                        config.getValue("evidence.store.secret-key", String.class)).build();
    }

    /** The keys of the objects stored for a case, looked up in the store itself. */
    static List<String> objectsInStore(String caseId) throws Exception {
        List<String> keys = new ArrayList<>();
        for (Result<Item> item : store().listObjects(ListObjectsArgs.builder().bucket("evidence").prefix("cases/" + caseId + "/")
                .recursive(true).build())) {
            keys.add(item.get().objectName());
        }
        return keys;
    }

    /** Overwrites a stored object behind the service's back, as someone with access to the store could. */
    public static void alterInStore(String caseId, String evidenceId, byte[] bytes) throws Exception {
        store().putObject(PutObjectArgs.builder().bucket("evidence").object("cases/" + caseId + "/" + evidenceId)
                        .stream(new ByteArrayInputStream(bytes), bytes.length, -1).build());
    }

    /** A PNG photo: the signature, then filler. */
    public static byte[] png(int size) {
        byte[] bytes = new byte[size];
        byte[] signature = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        for (int i = signature.length; i < size; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return bytes;
    }

    /** An MP4 video of the given length, generated as it is read: never held in memory. */
    static InputStream mp4(long size) {
        byte[] head = { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2', 0, 0, 0, 0, 'm', 'p', '4', '2', 'i', 's', 'o', 'm' };
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                if (position >= size) {
                    return -1;
                }
                int value = position < head.length ? head[(int) position] & 0xff : (int) ((position * 131) & 0xff);
                position++;
                return value;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (position >= size) {
                    return -1;
                }
                int count = (int) Math.min(length, size - position);
                for (int i = 0; i < count; i++) {
                    buffer[offset + i] = (byte) read();
                }
                return count;
            }
        };
    }
}

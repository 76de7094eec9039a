package cn.enforcement.systemtests;

import static cn.enforcement.systemtests.Gateway.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.enforcement.platform.hashing.Sha256;
import cn.enforcement.platform.testing.DemoRealm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The restore drill of docs/operations.md on the system tests' platform: a case with evidence and an issued document,
 * a backup with deploy/local/backup.sh (every database, then every object a database names, checked against its
 * record), a restore next to the live state, and the restored copy holding the case, its evidence and its document,
 * every object it names present with the SHA-256 its record holds.
 */
@ExtendWith(PlatformUnderTest.class)
class BackupRestoreDrillSystemTest {

    private static final String SUFFIX = "_drill";

    @Test
    void theRestoredCopyHoldsTheCaseItsEvidenceAndItsDocumentWithEveryObjectAsItsRecordSays() throws Exception {
        List<String> officers = Gateway.demoOfficerCredentials("cc-officer-1", "cc-officer-2");
        String caseId = Gateway.fileApprovedGeneralCase(officers);
        String photo = Gateway.uploadEvidence(caseId, "AUDIO_VISUAL", Gateway.JPEG, "image/jpeg", officers.get(0));
        Map<String, Object> document = as("cc-officer-1").body(Map.of("kind", "FILING_APPROVAL"))
                .post("/api/v1/cases/" + caseId + "/documents").then().statusCode(201).extract().path("$");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(as("cc-officer-1").get("/api/v1/cases/" + caseId + "/evidence")
                .then().statusCode(200).extract().<List<String>>path("stage")).contains("DOCUMENT_FILING_APPROVAL"));

        Path backup = Files.createTempDirectory("enforcement-backup");
        backupScript("drop", SUFFIX);
        try {
            backupScript("backup", backup.toString());
            backupScript("restore", backup.toString(), SUFFIX);

            assertThat(Databases.ids("cases" + SUFFIX, "select status from penalty_case where case_id = ?", caseId))
                    .containsExactly("INVESTIGATING");
            List<List<String>> documents = Databases.rows("cases" + SUFFIX,
                    "select document_id, sha256, object_key from issued_document where case_id = ?", caseId);
            assertThat(documents).singleElement().satisfies(row -> {
                assertThat(row.get(0)).isEqualTo(document.get("documentId"));
                assertThat(row.get(1)).isEqualTo(document.get("sha256"));
            });
            assertThat(Sha256.hex(object("documents", documents.get(0).get(2)))).isEqualTo(document.get("sha256"));

            List<List<String>> evidence = Databases.rows("evidence" + SUFFIX,
                    "select evidence_id, sha256, object_key, stage from evidence where case_id = ? order by recorded_at", caseId);
            assertThat(evidence).extracting(row -> row.get(3)).containsExactlyInAnyOrder("ON_SITE_INSPECTION", "DOCUMENT_FILING_APPROVAL");
            assertThat(evidence).anySatisfy(row -> assertThat(row.get(0)).isEqualTo(photo));
            for (List<String> row : evidence) {
                assertThat(Sha256.hex(object("evidence", row.get(2)))).as("evidence %s restored", row.get(0)).isEqualTo(row.get(1));
            }
        } finally {
            backupScript("drop", SUFFIX);
            try (var files = Files.walk(backup)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    /** An object of the restored copy of the bucket, as the object store gives it. */
    private static byte[] object(String bucket, String key) throws Exception {
        Path file = Files.createTempFile("restored", ".object");
        try {
            run(List.of("curl", "-sS", "--fail-with-body", "--aws-sigv4", "aws:amz:us-east-1:s3",
                    "--user", System.getenv("S3_ACCESS_KEY") + ":" + System.getenv("S3_SECRET_KEY"),
                    "-H", "x-amz-content-sha256: UNSIGNED-PAYLOAD", "-o", file.toString(),
                    "http://127.0.0.1:9000/" + bucket + SUFFIX.replace('_', '-') + "/" + key));
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void backupScript(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", DemoRealm.repositoryRoot().resolve("deploy/local/backup.sh").toString()));
        command.addAll(List.of(arguments));
        run(command);
    }

    private static void run(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("BACKUP_DB_SUFFIX", "_systest");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("%s finished", command).isTrue();
        assertThat(process.exitValue()).as("%s: %s", command, output).isZero();
        System.out.print(output);
    }
}

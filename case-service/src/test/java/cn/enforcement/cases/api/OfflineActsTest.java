package cn.enforcement.cases.api;

import static cn.enforcement.cases.api.Cases.as;
import static cn.enforcement.cases.api.Cases.filing;
import static cn.enforcement.cases.api.Cases.fine;
import static cn.enforcement.cases.api.Cases.twoOfficers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.enforcement.platform.time.BeijingTime;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Acts performed where there was no network (DESIGN "Time of an act"): a device replays its queued acts with
 * the time each was performed, and the law judges them at that time.
 */
@QuarkusTest
class OfflineActsTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private static ValidatableResponse file(List<String> officers, Instant performedAt, String idempotencyKey) {
        return file(filing("GENERAL", "RA-01", officers, null, LocalDate.now(BeijingTime.ZONE).minusDays(5)), performedAt, idempotencyKey);
    }

    private static ValidatableResponse file(String filing, Instant performedAt, String idempotencyKey) {
        return as("cc-officer-1").header("Performed-At", performedAt.toString()).header("Idempotency-Key", idempotencyKey)
                .body(filing).post("/api/v1/cases").then().log().ifValidationFails();
    }

    /** A case filed offline at a time, its filing approved an hour after. */
    private static String filedAndApprovedAnHourLater(List<String> officers, Instant filedAt) {
        String caseId = file(officers, filedAt, UUID.randomUUID().toString()).statusCode(201).extract().path("caseId");
        as("cc-head").header("Performed-At", filedAt.plus(Duration.ofHours(1)).toString())
                .post("/api/v1/cases/" + caseId + "/filing-approval").then().statusCode(200);
        return caseId;
    }

    @Test
    void actsQueuedOfflineAreReplayedInOrderJudgedWhenPerformedAndMarkedLate() {
        List<String> officers = twoOfficers();
        Instant filedAt = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MICROS);
        String key = UUID.randomUUID().toString();
        String queued = filing("GENERAL", "RA-01", officers, null, LocalDate.now(BeijingTime.ZONE).minusDays(5));
        String caseId = file(queued, filedAt, key).statusCode(201).extract().path("caseId");
        assertThat(file(queued, filedAt, key).statusCode(201).extract().<String>path("caseId")).isEqualTo(caseId);

        Instant approvedAt = filedAt.plus(Duration.ofHours(1));
        ValidatableResponse approved = as("cc-head").header("Performed-At", approvedAt.toString())
                .post("/api/v1/cases/" + caseId + "/filing-approval").then().statusCode(200)
                .body("deadlines.find { it.kind == 'DECISION' }.dueOn",
                        equalTo(approvedAt.atZone(BEIJING).toLocalDate().plusDays(90).toString()))
                .body("timeline[0].act", equalTo("FILED")).body("timeline[0].recordedLate", equalTo(true))
                .body("timeline[1].act", equalTo("FILING_APPROVED")).body("timeline[1].recordedLate", equalTo(true));
        assertThat(Instant.parse(approved.extract().path("filedAt"))).isEqualTo(filedAt);
        assertThat(Instant.parse(approved.extract().path("timeline[1].at"))).isEqualTo(approvedAt);
        assertThat(Instant.parse(approved.extract().path("timeline[1].recordedAt"))).isAfter(approvedAt.plus(Duration.ofDays(1)));

        as("cc-head").queryParam("recordedLate", true).queryParam("limit", 100).get("/api/v1/cases").then().statusCode(200)
                .body("cases.caseId", hasItem(caseId));
        as("cc-officer-1").body("{\"penalty\":" + fine("3000") + ",\"degree\":3}").post("/api/v1/cases/" + caseId + "/proposal")
                .then().statusCode(200).body("timeline[2].recordedLate", equalTo(false));
    }

    @Test
    void anActIsNeverDatedInTheFutureBeforeTheStepItFollowsOrBeyondTheOfflineWindow() {
        List<String> officers = twoOfficers();
        file(officers, Instant.now().plus(Duration.ofMinutes(10)), UUID.randomUUID().toString()).statusCode(422)
                .body("code", equalTo("ACT_TIME_IN_FUTURE"));
        file(officers, Instant.now().minus(Duration.ofDays(16)), UUID.randomUUID().toString()).statusCode(422)
                .body("code", equalTo("ACT_TIME_OUTSIDE_OFFLINE_WINDOW"));
        String caseId = file(officers, Instant.now().plus(Duration.ofMinutes(1)), UUID.randomUUID().toString()).statusCode(201)
                .extract().path("caseId");

        as("cc-head").header("Performed-At", Instant.now().minus(Duration.ofHours(1)).toString())
                .post("/api/v1/cases/" + caseId + "/filing-approval").then().statusCode(422)
                .body("code", equalTo("ACT_TIME_BEFORE_PREVIOUS_STEP"));
        as("cc-head").header("Performed-At", "yesterday").post("/api/v1/cases/" + caseId + "/filing-approval").then().statusCode(400)
                .body("code", equalTo("PARAMETER_INVALID"));
        as("cc-head").get("/api/v1/cases/" + caseId).then().statusCode(200).body("status", equalTo("FILING_PENDING_APPROVAL"));
    }

    @Test
    void anActPerformedBeforeASuspensionIsJudgedByTheCredentialAsItStoodThen() {
        List<String> officers = twoOfficers();
        Instant filedAt = Instant.now().minus(Duration.ofDays(1));
        String caseId = filedAndApprovedAnHourLater(officers, filedAt);
        Cases.publishCredential(officers.get(1), "cc-officer-2", "SUSPENDED");
        Cases.awaitCredential(officers.get(1), "SUSPENDED");

        String proposal = "{\"penalty\":" + fine("3000") + ",\"degree\":3}";
        as("cc-officer-1").body(proposal).post("/api/v1/cases/" + caseId + "/proposal").then().statusCode(422)
                .body("code", equalTo("OFFICER_CREDENTIAL_NOT_VALID"));
        as("cc-officer-1").header("Performed-At", filedAt.plus(Duration.ofHours(2)).toString()).body(proposal)
                .post("/api/v1/cases/" + caseId + "/proposal").then().statusCode(200).body("proposal.kind", equalTo("FINE"));
    }

    @Test
    void aNoticeDatedBeforeTheOnlyEvidenceWasRecordedIsRefused() {
        Instant filedAt = Instant.now().minus(Duration.ofDays(1));
        String caseId = filedAndApprovedAnHourLater(twoOfficers(), filedAt);
        as("cc-officer-1").header("Performed-At", filedAt.plus(Duration.ofHours(2)).toString()).body("{\"penalty\":" + fine("3000")
                + ",\"degree\":3}").post("/api/v1/cases/" + caseId + "/proposal").then().statusCode(200);
        Cases.recordEvidence(caseId);

        as("cc-officer-1").header("Performed-At", filedAt.plus(Duration.ofHours(3)).toString()).post("/api/v1/cases/" + caseId + "/notice")
                .then().statusCode(409).body("code", equalTo("NO_EVIDENCE_RECORDED"));
        as("cc-officer-1").post("/api/v1/cases/" + caseId + "/notice").then().statusCode(200).body("status", equalTo("NOTIFIED"));
    }
}

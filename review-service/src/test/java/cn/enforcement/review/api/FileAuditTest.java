package cn.enforcement.review.api;

import static cn.enforcement.review.api.ClosedFiles.awaitChecked;
import static cn.enforcement.review.api.ClosedFiles.closedFine;
import static cn.enforcement.review.api.ClosedFiles.credential;
import static cn.enforcement.review.api.ClosedFiles.issue;
import static cn.enforcement.review.api.ClosedFiles.newCredentialNumber;
import static cn.enforcement.review.api.ReviewWorld.AGENCY;
import static cn.enforcement.review.api.ReviewWorld.as;
import static cn.enforcement.review.api.ReviewWorld.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import cn.enforcement.platform.events.cases.CaseRef;
import cn.enforcement.platform.events.disclosure.DisclosureOverdue;
import cn.enforcement.platform.time.BeijingTime;
import cn.enforcement.review.domain.audit.CaseFile;
import cn.enforcement.review.domain.audit.FileAudit;
import cn.enforcement.review.domain.filecheck.FileChecks;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The automated file checks on the real stack: a case's events from Kafka, its findings through REST. */
@QuarkusTest
class FileAuditTest {

    @Inject
    FileAudit audit;

    @Inject
    FileChecks checks;

    @Test
    void aClosedFileIsCheckedFromItsEventsAndItsFindingsAreReadWithinScope() {
        CaseRef lawful = closedFine(new BigDecimal("5000"));
        CaseRef unreviewed = closedFine(new BigDecimal("20000"));
        awaitChecked(lawful.caseId());
        awaitChecked(unreviewed.caseId());

        as("cc-head").get("/api/v1/case-files/{id}", lawful.caseId()).then().statusCode(200)
                .body("caseNumber", equalTo(lawful.caseNumber())).body("checkedWith", equalTo(checks.version())).body("findings", empty());
        as("cc-legal").get("/api/v1/file-findings?caseId={id}", unreviewed.caseId()).then().statusCode(200)
                .body("findings.check", hasItems("LEGAL_REVIEW_BEFORE_MAJOR_DECISION", "HEARING_RIGHTS"))
                .body("findings.grade", hasItem("DEFECT"))
                .body("findings.find { it.check == 'HEARING_RIGHTS' }.evidence.event", hasItems("NoticeIssued", "CaseDecided"));
        as("cc-supervisor").get("/api/v1/file-findings?caseId={id}&check=HEARING_RIGHTS&grade=DEFECT", unreviewed.caseId()).then()
                .statusCode(200).body("findings.caseId", hasItem(unreviewed.caseId()));

        as("jl-head").get("/api/v1/file-findings?caseId={id}", unreviewed.caseId()).then().statusCode(200).body("findings", empty());
        as("jl-head").get("/api/v1/case-files/{id}", unreviewed.caseId()).then().statusCode(404)
                .body("code", equalTo("CASE_FILE_NOT_FOUND"));
        as("cc-officer-1").get("/api/v1/file-findings").then().statusCode(403);
        as("cc-head").get("/api/v1/file-findings?grade=SEVERE").then().statusCode(400).body("code", equalTo("FINDING_GRADE_UNKNOWN"));
        as("cc-head").get("/api/v1/file-findings?check=NO_SUCH_CHECK").then().statusCode(400).body("code", equalTo("FILE_CHECK_UNKNOWN"));
        as("cc-head").get("/api/v1/file-findings?after=not-a-cursor").then().statusCode(400);
        as("cc-head").get("/api/v1/file-checks").then().statusCode(200).body("name", hasItem("SERVICE_WITHIN_7_DAYS"));
    }

    @Test
    void aCredentialReachingTheRegisterAfterTheFileClosedHasTheFileCheckedAgain() {
        String late = newCredentialNumber();
        CaseRef ref = closedFine(new BigDecimal("5000"), credential(), late);
        awaitChecked(ref.caseId());
        as("cc-head").get("/api/v1/case-files/{id}", ref.caseId()).then()
                .body("findings.find { it.check == 'TWO_QUALIFIED_OFFICERS' }.description", containsString(late));

        issue(late);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                CaseFile.<CaseFile>findById(ref.caseId()).checkedWith == null));
        audit.recheckChanged(50);
        as("cc-head").get("/api/v1/case-files/{id}", ref.caseId()).then()
                .body("checkedWith", equalTo(checks.version())).body("findings.check", not(hasItem("TWO_QUALIFIED_OFFICERS")));
    }

    @Test
    void whatHappensAfterClosureIsCheckedAndAChangedCheckReachesEveryClosedFileAgain() {
        CaseRef ref = closedFine(new BigDecimal("5000"));
        awaitChecked(ref.caseId());
        publish(new DisclosureOverdue(UUID.randomUUID().toString(), ref.caseId(), ref.caseNumber(), AGENCY, "220100",
                DisclosureOverdue.Duty.PUBLICATION, LocalDate.now(BeijingTime.ZONE).minusDays(5), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("cc-head").get("/api/v1/case-files/{id}", ref.caseId()).then()
                .body("findings.check", hasItem("DISCLOSURE_ON_TIME")));

        QuarkusTransaction.requiringNew().run(() -> CaseFile.update("checkedWith = 'EARLIER_CHECKS:1' where caseId = ?1", ref.caseId()));
        assertThat(audit.recheckChanged(50)).isPositive();
        as("cc-head").get("/api/v1/case-files/{id}", ref.caseId()).then().statusCode(200)
                .body("checkedWith", equalTo(checks.version())).body("findings.check", hasItem("DISCLOSURE_ON_TIME"))
                .body("findings.check", not(hasItem("LEGAL_REVIEW_BEFORE_MAJOR_DECISION")));
    }
}

package cn.enforcement.cases.api;

import static cn.enforcement.cases.api.Cases.as;
import static cn.enforcement.cases.api.Cases.asPaymentPlatform;
import static cn.enforcement.cases.api.Cases.completeReview;
import static cn.enforcement.cases.api.Cases.concludeDiscussion;
import static cn.enforcement.cases.api.Cases.eventTypes;
import static cn.enforcement.cases.api.Cases.fileGeneral;
import static cn.enforcement.cases.api.Cases.filing;
import static cn.enforcement.cases.api.Cases.fine;
import static cn.enforcement.cases.api.Cases.recordEvidence;
import static cn.enforcement.cases.api.Cases.reviewRequestOf;
import static cn.enforcement.cases.api.Cases.twoOfficers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.enforcement.platform.testing.RegisteredAgencies;
import cn.enforcement.platform.testing.TestClock;
import cn.enforcement.platform.time.BeijingTime;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every act of the procedure, allowed and refused, against the real stack; events read back from Kafka. */
@QuarkusTest
class CaseProcedureTest {

    private static final String OVERLOAD = "RA-01";

    @Inject
    TestClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private static String hearing(Instant heldAt, Instant notifiedAt, String chair) {
        return "{\"heldAt\":\"%s\",\"notifiedAt\":\"%s\",\"chairCredential\":\"%s\"}".formatted(heldAt, notifiedAt, chair);
    }

    /** Lets the party's periods run out by moving the clock past them. */
    private void afterThePartysPeriods() {
        clock.travelTo(Instant.now().plus(Duration.ofDays(12)));
    }

    /** PL 73 (3): a fine paid 20 days late, 8 of them while a reconsideration was pending, bears 12 days of late fee. */
    @Test
    void theLateFeeDoesNotAccrueWhileAReconsiderationIsPending() {
        List<String> officers = twoOfficers();
        String caseId = as("cc-officer-1").body(filing("SUMMARY", "RT-01", officers,
                        "\"onTheSpotPenalty\":" + fine("200") + ",\"onTheSpotLegalBasis\":\"《道路运输条例》第六十八条\"", LocalDate.now(BeijingTime.ZONE)))
                .post("/api/v1/cases").then().statusCode(201).body("status", equalTo("SERVED")).extract().path("caseId");
        LocalDate dueOn = LocalDate.parse(as("cc-officer-1").get("/api/v1/cases/" + caseId).then().extract().path("payment.dueOn"));
        Instant noonOf = dueOn.atTime(12, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();

        as("cc-legal").body("{\"kind\":\"RECONSIDERATION\",\"reviewingBody\":\"长春市人民政府\",\"filedOn\":\"" + dueOn.plusDays(3) + "\"}")
                .post("/api/v1/cases/" + caseId + "/remedies").then().statusCode(422).body("code", equalTo("REMEDY_DATE_IMPOSSIBLE"));
        clock.travelTo(noonOf.plus(Duration.ofDays(3)));
        as("cc-officer-1").body("{\"kind\":\"RECONSIDERATION\",\"reviewingBody\":\"长春市人民政府\",\"filedOn\":\"" + dueOn.plusDays(3) + "\"}")
                .post("/api/v1/cases/" + caseId + "/remedies").then().statusCode(403);
        String remedyId = as("cc-legal").body("{\"kind\":\"RECONSIDERATION\",\"reviewingBody\":\"长春市人民政府\",\"reference\":\"长府复〔2026〕17号\","
                        + "\"filedOn\":\"" + dueOn.plusDays(3) + "\"}")
                .post("/api/v1/cases/" + caseId + "/remedies").then().statusCode(200)
                .body("remedies[0].kind", equalTo("RECONSIDERATION")).extract().path("remedies[0].remedyId");
        clock.travelTo(noonOf.plus(Duration.ofDays(10)));
        as("cc-legal").body("{\"concludedOn\":\"" + dueOn.plusDays(10) + "\",\"outcome\":\"UPHELD\"}")
                .post("/api/v1/cases/" + caseId + "/remedies/" + remedyId + "/conclusion").then().statusCode(200)
                .body("remedies[0].outcome", equalTo("UPHELD"));
        clock.travelTo(noonOf.plus(Duration.ofDays(20)));

        // 20 late days, of which days 3 to 10 (8) were pending: 12 days at 3 % of 200 yuan
        asPaymentPlatform().body("{\"amount\":272,\"paidAt\":\"" + clock.instant() + "\",\"bankReference\":\"ICBC-2026-0002\"}")
                .post("/api/v1/cases/" + caseId + "/payments").then().statusCode(200)
                .body("payment.lateFee", equalTo(72.0f)).body("status", equalTo("PAID"));
    }

    @Test
    void aSummaryWarningIsDecidedOnTheSpotFiledWithTheAgencyThenClosed() {
        List<String> officers = twoOfficers();
        String caseId = as("cc-officer-1").body(filing("SUMMARY", "RT-01", officers,
                        "\"onTheSpotPenalty\":{\"kind\":\"WARNING\"},\"onTheSpotLegalBasis\":\"《道路运输条例》第六十八条\"", LocalDate.now(BeijingTime.ZONE)))
                .post("/api/v1/cases").then().statusCode(201)
                .body("status", equalTo("SERVED")).body("decision.kind", equalTo("WARNING"))
                .body("deadlines.kind", hasItem("SUMMARY_FILING"))
                .extract().path("caseId");

        as("cc-head").post("/api/v1/cases/" + caseId + "/closure").then().statusCode(409).body("code", equalTo("SUMMARY_NOT_FILED"));
        as("cc-head").post("/api/v1/cases/" + caseId + "/filing-approval").then().statusCode(200);
        as("cc-head").post("/api/v1/cases/" + caseId + "/closure").then().statusCode(200).body("status", equalTo("CLOSED"));
        as("cc-head").post("/api/v1/cases/" + caseId + "/archive").then().statusCode(200).body("status", equalTo("ARCHIVED"));

        assertThat(eventTypes(caseId, "CaseArchived")).containsExactly("CaseFiled", "CaseDecided", "DecisionServed",
                "CaseFilingApproved", "CaseClosed", "CaseArchived");
    }

    @Test
    void theSummaryProcedureStopsAtTwoHundredYuanForAnIndividual() {
        List<String> officers = twoOfficers();
        as("cc-officer-1").body(filing("SUMMARY", "RT-01", officers,
                        "\"onTheSpotPenalty\":" + fine("201") + ",\"onTheSpotLegalBasis\":\"第六十八条\"", LocalDate.now(BeijingTime.ZONE)))
                .post("/api/v1/cases").then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("SUMMARY_PROCEDURE_NOT_ALLOWED")).body("legalBasis", equalTo("PL 51"));
    }

    @Test
    void filingIsRefusedOnceTheLimitationPeriodHasRun() {
        List<String> officers = twoOfficers();
        as("cc-officer-1").body(filing("GENERAL", OVERLOAD, officers, null, LocalDate.now(BeijingTime.ZONE).minusYears(2).minusDays(1)))
                .post("/api/v1/cases").then().statusCode(422).body("code", equalTo("LIMITATION_PERIOD_EXPIRED"))
                .body("legalBasis", equalTo("PL 36"));
    }

    @Test
    void twoValidOfficersMustActAndASuspendedOneCannot() {
        List<String> officers = twoOfficers();
        Cases.publishCredential(officers.get(1), "cc-officer-2", "SUSPENDED");
        Cases.awaitCredential(officers.get(1), "SUSPENDED");
        as("cc-officer-1").body(filing("GENERAL", OVERLOAD, officers, null, LocalDate.now(BeijingTime.ZONE)))
                .post("/api/v1/cases").then().statusCode(422).body("code", equalTo("OFFICER_CREDENTIAL_NOT_VALID"));
        as("cc-officer-1").body(filing("GENERAL", OVERLOAD, List.of(officers.get(0), officers.get(0)), null, LocalDate.now(BeijingTime.ZONE)))
                .post("/api/v1/cases").then().statusCode(422).body("code", equalTo("TWO_OFFICERS_REQUIRED"));
    }

    @Test
    void aViolationItemNamedTwiceOrTooManyItemsAreRefused() {
        String filing = filing("GENERAL", OVERLOAD, twoOfficers(), null, LocalDate.now(BeijingTime.ZONE));
        String items = "\"violationItems\":[\"" + OVERLOAD + "\"]";
        as("cc-officer-1").body(filing.replace(items, "\"violationItems\":[\"" + OVERLOAD + "\",\"" + OVERLOAD + "\"]"))
                .post("/api/v1/cases").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("violationItems"));
        String many = java.util.stream.IntStream.range(0, 21).mapToObj(i -> "\"RA-" + i + "\"").collect(java.util.stream.Collectors.joining(","));
        as("cc-officer-1").body(filing.replace(items, "\"violationItems\":[" + many + "]")).post("/api/v1/cases").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void anOfficerWhoLosesTheCredentialFlagsOpenCasesForReassignment() {
        List<String> officers = twoOfficers();
        String caseId = fileGeneral(officers, OVERLOAD);
        Cases.publishCredential(officers.get(1), "cc-officer-2", "SUSPENDED");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("cc-officer-1").get("/api/v1/cases/" + caseId)
                .then().body("needsReassignment", equalTo(true)));
        List<String> replacements = twoOfficers();
        as("cc-head").body("{\"handlingCredentials\":[\"" + replacements.get(0) + "\",\"" + replacements.get(1) + "\"]}")
                .post("/api/v1/cases/" + caseId + "/officers").then().statusCode(200).body("needsReassignment", equalTo(false));
    }

    @Test
    void aGeneralFineWithNoticeStatementAndDecisionIsPaidThroughTheBank() {
        List<String> officers = twoOfficers();
        String caseId = fileGeneral(officers, OVERLOAD);
        as("cc-officer-1").get("/api/v1/cases/" + caseId).then().body("status", equalTo("INVESTIGATING"))
                .body("deadlines.find { it.kind == 'DECISION' }.howComputed", containsString("90 days after"));

        as("cc-officer-1").body("{\"penalty\":" + fine("3000") + ",\"degree\":3}").post("/api/v1/cases/" + caseId + "/proposal")
                .then().statusCode(200).body("proposal.tier", equalTo("ORDINARY"));
        as("cc-officer-1").post("/api/v1/cases/" + caseId + "/notice").then().statusCode(409).body("code", equalTo("NO_EVIDENCE_RECORDED"));
        recordEvidence(caseId);
        as("cc-officer-1").post("/api/v1/cases/" + caseId + "/notice").then().statusCode(200)
                .body("status", equalTo("NOTIFIED")).body("notice.hearingRights", equalTo(false))
                .body("deadlines.find { it.kind == 'STATEMENT' }.howComputed", containsString("3 working days after"));

        as("cc-head").body("{\"penalty\":" + fine("3000") + ",\"legalBasis\":\"《公路安全保护条例》第六十四条\"}")
                .post("/api/v1/cases/" + caseId + "/decision").then().statusCode(409).body("code", equalTo("STATEMENT_PERIOD_OPEN"));
        as("cc-officer-1").body("{\"content\":\"当事人称系首次超限，请求从轻\",\"answer\":\"已在裁量中考虑\"}")
                .post("/api/v1/cases/" + caseId + "/statements").then().statusCode(200);
        afterThePartysPeriods();
        as("cc-head").body("{\"penalty\":" + fine("3500") + ",\"legalBasis\":\"第六十四条\"}")
                .post("/api/v1/cases/" + caseId + "/decision").then().statusCode(422).body("code", equalTo("PENALTY_HEAVIER_THAN_NOTIFIED"));
        as("cc-officer-1").body("{\"penalty\":" + fine("2500") + ",\"legalBasis\":\"第六十四条\"}")
                .post("/api/v1/cases/" + caseId + "/decision").then().statusCode(403);
        as("cc-head").body("{\"penalty\":" + fine("2500") + ",\"legalBasis\":\"《公路安全保护条例》第六十四条\"}")
                .post("/api/v1/cases/" + caseId + "/decision").then().statusCode(200).body("status", equalTo("DECIDED"))
                .body("deadlines.kind", hasItem("SERVICE"));

        Instant now = clock.instant();
        as("cc-officer-1").body("{\"method\":\"ELECTRONIC\",\"servedAt\":\"" + now + "\"}")
                .post("/api/v1/cases/" + caseId + "/service").then().statusCode(422).body("code", equalTo("ELECTRONIC_SERVICE_WITHOUT_CONSENT"));
        as("cc-officer-1").body("{\"method\":\"DIRECT\",\"servedAt\":\"" + now + "\"}")
                .post("/api/v1/cases/" + caseId + "/service").then().statusCode(200).body("status", equalTo("SERVED"))
                .body("payment.dueOn", equalTo(now.atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate().plusDays(15).toString()));

        as("cc-officer-1").body("{\"amount\":2500,\"paidAt\":\"" + now + "\",\"bankReference\":\"ICBC-2026-0001\"}")
                .post("/api/v1/cases/" + caseId + "/payments").then().statusCode(403);
        asPaymentPlatform().body("{\"amount\":2500,\"paidAt\":\"" + now + "\",\"bankReference\":\"ICBC-2026-0001\"}")
                .post("/api/v1/cases/" + caseId + "/payments").then().statusCode(200).body("status", equalTo("PAID"));
        as("cc-head").post("/api/v1/cases/" + caseId + "/closure").then().statusCode(200).body("status", equalTo("CLOSED"));

        assertThat(eventTypes(caseId, "CaseClosed")).containsSubsequence("CaseFiled", "CaseFilingApproved", "NoticeIssued",
                "CaseDecided", "DecisionServed", "FinePaid", "CaseClosed");
    }

    @Test
    void aLargeFineGoesThroughHearingAndLegalReviewBeforeTheDecision() {
        List<String> officers = twoOfficers();
        String caseId = fileGeneral(officers, OVERLOAD);
        recordEvidence(caseId);
        as("cc-officer-1").body("{\"penalty\":" + fine("20000") + ",\"degree\":12}").post("/api/v1/cases/" + caseId + "/proposal")
                .then().statusCode(200).body("proposal.tier", equalTo("ESPECIALLY_SERIOUS"));
        as("cc-officer-1").post("/api/v1/cases/" + caseId + "/notice").then().statusCode(200)
                .body("notice.hearingRights", equalTo(true)).body("review.requestedAt", notNullValue()).body("review.round", equalTo(1));
        String firstRound = reviewRequestOf(caseId);
        as("cc-officer-1").post("/api/v1/cases/" + caseId + "/hearing-request").then().statusCode(200).body("status", equalTo("HEARING_REQUESTED"));

        as("cc-head").body("{\"penalty\":" + fine("20000") + ",\"legalBasis\":\"第六十四条\"}")
                .post("/api/v1/cases/" + caseId + "/decision").then().statusCode(409).body("code", equalTo("HEARING_NOT_HELD"));
        Instant requestedAt = Instant.now();
        clock.travelTo(requestedAt.plus(Duration.ofDays(8)));
        Instant heldAt = clock.instant().minus(Duration.ofHours(1));
        as("cc-officer-1").body(hearing(heldAt, heldAt.minus(Duration.ofDays(7)), officers.get(0)))
                .post("/api/v1/cases/" + caseId + "/hearing").then().statusCode(422).body("code", equalTo("HEARING_CHAIR_INVESTIGATED"));
        String chair = Cases.newCredentialNumber();
        as("cc-officer-1").body(hearing(heldAt, heldAt.minus(Duration.ofDays(7)), chair))
                .post("/api/v1/cases/" + caseId + "/hearing").then().statusCode(422).body("code", equalTo("OFFICER_CREDENTIAL_UNKNOWN"));
        Cases.publishCredential(chair, null, "ACTIVE");
        Cases.awaitCredential(chair, "ACTIVE");
        as("cc-officer-1").body(hearing(heldAt, heldAt.minus(Duration.ofDays(6)), chair))
                .post("/api/v1/cases/" + caseId + "/hearing").then().statusCode(422).body("code", equalTo("HEARING_NOTICE_TOO_SHORT"));
        as("cc-officer-1").body(hearing(heldAt, requestedAt.minus(Duration.ofHours(1)), chair))
                .post("/api/v1/cases/" + caseId + "/hearing").then().statusCode(422).body("code", equalTo("HEARING_NOTICE_BEFORE_REQUEST"));
        as("cc-officer-1").body(hearing(requestedAt.minus(Duration.ofMinutes(1)), requestedAt, chair))
                .post("/api/v1/cases/" + caseId + "/hearing").then().statusCode(422).body("code", equalTo("ACT_TIME_BEFORE_PREVIOUS_STEP"));
        as("cc-officer-1").body(hearing(heldAt, heldAt.minus(Duration.ofDays(7)), chair))
                .post("/api/v1/cases/" + caseId + "/hearing").then().statusCode(200).body("status", equalTo("NOTIFIED"))
                .body("timeline.find { it.act == 'HEARING_HELD' }.recordedLate", equalTo(true));

        as("cc-officer-1").body("{\"content\":\"放弃陈述申辩\",\"waiveStatementPeriod\":true}")
                .post("/api/v1/cases/" + caseId + "/statements").then().statusCode(200);
        as("cc-head").body("{\"penalty\":" + fine("20000") + ",\"legalBasis\":\"第六十四条\"}")
                .post("/api/v1/cases/" + caseId + "/decision").then().statusCode(409).body("code", equalTo("LEGAL_REVIEW_NOT_PASSED"));
        as("cc-officer-1").post("/api/v1/cases/" + caseId + "/legal-review-request").then().statusCode(409)
                .body("code", equalTo("REVIEW_NOT_RETURNED"));
        String afterHearing = reviewRequestOf(caseId);
        assertThat(afterHearing).isNotEqualTo(firstRound);
        completeReview(caseId, firstRound, "220100001", "APPROVED");
        completeReview(caseId, afterHearing, "220100001", "RETURNED_FOR_CORRECTION");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("cc-head").get("/api/v1/cases/" + caseId)
                .then().body("review.outcome", equalTo("RETURNED_FOR_CORRECTION")).body("review.round", equalTo(2)));

        as("cc-officer-1").post("/api/v1/cases/" + caseId + "/legal-review-request").then().statusCode(200)
                .body("review.round", equalTo(3)).body("review.outcome", nullValue()).body("review.discussionRequired", equalTo(true));
        String supplemented = reviewRequestOf(caseId);
        completeReview(caseId, supplemented, "220200001", "APPROVED");
        completeReview(caseId, supplemented, "220100001", "APPROVED");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("cc-head").get("/api/v1/cases/" + caseId)
                .then().body("review.approvedAt", notNullValue()));
        as("cc-head").body("{\"penalty\":" + fine("20000") + ",\"legalBasis\":\"第六十四条\"}")
                .post("/api/v1/cases/" + caseId + "/decision").then().statusCode(409).body("code", equalTo("COLLECTIVE_DISCUSSION_REQUIRED"));
        concludeDiscussion(caseId, supplemented, true);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("cc-head").get("/api/v1/cases/" + caseId)
                .then().body("review.discussedForDecisionAt", notNullValue()));
        as("cc-head").body("{\"penalty\":" + fine("20000") + ",\"legalBasis\":\"《公路安全保护条例》第六十四条\"}")
                .post("/api/v1/cases/" + caseId + "/decision").then().statusCode(200).body("status", equalTo("DECIDED"))
                .body("timeline.act", hasItems("LEGAL_REVIEW_RETURNED_FOR_CORRECTION", "LEGAL_REVIEW_APPROVED", "COLLECTIVE_DISCUSSION"))
                .body("timeline.findAll { it.act == 'LEGAL_REVIEW_APPROVED' }.size()", equalTo(1));

        assertThat(eventTypes(caseId, "CaseDecided")).containsSubsequence("NoticeIssued", "LegalReviewRequested", "HearingRequested",
                "HearingHeld", "LegalReviewRequested", "LegalReviewRequested", "CaseDecided");
    }

    @Test
    void noPenaltyOnlyForListedItemsAndNeverForWorkSafety() {
        List<String> officers = twoOfficers();
        String body = "{\"firstOrMinor\":true,\"promptlyCorrected\":true,\"harmfulConsequences\":false,"
                + "\"commitmentLetterReference\":\"承诺书-2026-0001\",\"education\":\"现场宣讲超限治理法规\"}";
        String workSafety = fileGeneral(officers, "RT-03");
        as("cc-head").body(body).post("/api/v1/cases/" + workSafety + "/no-penalty").then().statusCode(422)
                .body("code", equalTo("EXEMPTION_NOT_FOR_WORK_SAFETY"));
        String exemptible = fileGeneral(officers, OVERLOAD);
        as("cc-head").body(body).post("/api/v1/cases/" + exemptible + "/no-penalty").then().statusCode(200)
                .body("status", equalTo("NO_PENALTY"));

        as("cc-head").post("/api/v1/cases/" + exemptible + "/closure").then().statusCode(200).body("status", equalTo("CLOSED"));
        as("cc-legal").body("{\"kind\":\"LAWSUIT\",\"reviewingBody\":\"长春市朝阳区人民法院\",\"filedOn\":\"" + LocalDate.now(BeijingTime.ZONE) + "\"}")
                .post("/api/v1/cases/" + exemptible + "/remedies").then().statusCode(409).body("code", equalTo("NO_DECISION_SERVED"));
    }

    @Test
    void aFineOutsideTheDiscretionRangeNeedsWrittenReasonsAndThenLegalReview() {
        List<String> officers = twoOfficers();
        String caseId = fileGeneral(officers, OVERLOAD);
        as("cc-officer-1").body("{\"penalty\":" + fine("8000") + ",\"degree\":3}").post("/api/v1/cases/" + caseId + "/proposal")
                .then().statusCode(422).body("code", equalTo("OUTSIDE_RANGE_NEEDS_REASONS"));
        as("cc-officer-1").body("{\"penalty\":" + fine("8000") + ",\"degree\":3,\"reasons\":\"多次超限且拒不改正\"}")
                .post("/api/v1/cases/" + caseId + "/proposal").then().statusCode(200).body("proposal.outsideRange", equalTo(true));
        recordEvidence(caseId);
        as("cc-officer-1").post("/api/v1/cases/" + caseId + "/notice").then().statusCode(200).body("review.requestedAt", notNullValue());
    }

    @Test
    void theDecisionPeriodIsExtendedOnceOnly() {
        String caseId = fileGeneral(twoOfficers(), OVERLOAD);
        as("cc-head").body("{\"reason\":\"案情复杂，需进一步调查\"}").post("/api/v1/cases/" + caseId + "/extension").then().statusCode(200)
                .body("deadlines.find { it.kind == 'DECISION' }.howComputed", containsString("extended by 30 days"));
        as("cc-head").body("{\"reason\":\"再次延期\"}").post("/api/v1/cases/" + caseId + "/extension").then().statusCode(409)
                .body("code", equalTo("EXTENSION_LIMIT_REACHED"));
    }

    @Test
    void onlyTheHandlingOfficersActOtherAgenciesSeeNothingSupervisorsRead() {
        String caseId = fileGeneral(twoOfficers(), OVERLOAD);
        as("jl-officer-1").get("/api/v1/cases/" + caseId).then().statusCode(404).body("code", equalTo("CASE_NOT_FOUND"));
        as("jl-head").post("/api/v1/cases/" + caseId + "/closure").then().statusCode(404).body("code", equalTo("CASE_NOT_FOUND"));
        as("province-supervisor").get("/api/v1/cases/" + caseId).then().statusCode(200);
        as("cc-officer-1").get("/api/v1/cases?status=INVESTIGATING&violationItem=RA-01&limit=100").then().statusCode(200)
                .body("cases.caseId", hasItem(caseId));
        RegisteredAgencies.known();
        as("province-supervisor").get("/api/v1/cases?agency=220100001&limit=100").then().statusCode(200).body("cases.caseId", hasItem(caseId));
        as("province-supervisor").get("/api/v1/cases?agency=220199999").then().statusCode(422).body("code", equalTo("AGENCY_UNKNOWN"));
    }

    /** The case says what the caller may do next and why not the rest: the state, a guard, or the caller's role. */
    @Test
    void theCaseListsTheActsTheCallerMayPerformNowAndWhyNotTheOthers() {
        String caseId = fileGeneral(twoOfficers(), OVERLOAD);
        String approve = "allowedActs.find { it.act == 'APPROVE_FILING' }";
        String notice = "allowedActs.find { it.act == 'ISSUE_NOTICE' }";
        String decide = "allowedActs.find { it.act == 'DECIDE' }";
        as("cc-officer-1").get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body(notice + ".allowed", equalTo(true)).body(notice + ".leadsTo", equalTo("NOTIFIED"))
                .body(notice + ".operation", equalTo("notice")).body(notice + ".performer", equalTo("HANDLING_OFFICER"))
                .body(approve + ".allowed", equalTo(false)).body(approve + ".refusedWith", equalTo("CASE_STATE_FORBIDS_ACT"))
                .body(decide + ".allowed", equalTo(false)).body(decide + ".refusedWith", equalTo("CASE_STATE_FORBIDS_ACT"))
                .body(decide + ".reason", containsString("NOTIFIED, HEARING_REQUESTED")).body(decide + ".basis", equalTo("PL 57, 59"))
                .body("allowedActs.act", not(hasItem("FILE_SUMMARY_DECISION")));
        as("cc-officer-2").get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body(notice + ".allowed", equalTo(true));
        as("cc-head").get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body(notice + ".allowed", equalTo(false)).body(notice + ".refusedWith", equalTo("HANDLING_OFFICER_ONLY"))
                .body("allowedActs.find { it.act == 'EXTEND' }.allowed", equalTo(true))
                .body("allowedActs.find { it.act == 'CLOSE' }.refusedWith", equalTo("CASE_STATE_FORBIDS_ACT"));
        as("cc-legal").get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("allowedActs.find { it.act == 'EXTEND' }.refusedWith", equalTo("AGENCY_HEAD_ONLY"))
                .body("allowedActs.find { it.act == 'CONFIRM_PAYMENT' }.refusedWith", equalTo("CASE_STATE_FORBIDS_ACT"));

        as("cc-officer-1").body("{\"penalty\":" + fine("3000") + ",\"degree\":3}").post("/api/v1/cases/" + caseId + "/proposal")
                .then().statusCode(200);
        recordEvidence(caseId);
        as("cc-officer-1").post("/api/v1/cases/" + caseId + "/notice").then().statusCode(200)
                .body(notice + ".refusedWith", equalTo("CASE_STATE_FORBIDS_ACT"))
                .body("allowedActs.find { it.act == 'RECORD_STATEMENT' }.allowed", equalTo(true));
        as("cc-officer-1").get("/api/v1/cases?limit=1").then().statusCode(200).body("cases[0].allowedActs", nullValue());
    }

    @Test
    void aPageOfCasesShowsEachCaseWithItsOwnTimelineDeadlinesAndOfficers() {
        List<String> firstOfficers = twoOfficers();
        String first = fileGeneral(firstOfficers, OVERLOAD);
        List<String> secondOfficers = twoOfficers();
        String second = fileGeneral(secondOfficers, OVERLOAD);
        as("cc-head").body("{\"reason\":\"案情复杂，需要补充鉴定\"}").post("/api/v1/cases/" + second + "/extension").then()
                .statusCode(200);

        var page = as("cc-officer-1").get("/api/v1/cases?limit=100").then().statusCode(200).extract().jsonPath();
        List<String> shown = page.getList("cases.caseId");
        String extended = "cases[" + shown.indexOf(second) + "]";
        String plain = "cases[" + shown.indexOf(first) + "]";
        assertThat(shown).contains(first, second);
        assertThat(page.getList(extended + ".handlingCredentials")).containsExactlyInAnyOrderElementsOf(secondOfficers);
        assertThat(page.getList(plain + ".handlingCredentials")).containsExactlyInAnyOrderElementsOf(firstOfficers);
        assertThat(page.getList(extended + ".timeline.act")).containsExactly("FILED", "FILING_APPROVED", "EXTENDED");
        assertThat(page.getList(plain + ".timeline.act")).containsExactly("FILED", "FILING_APPROVED");
        assertThat(page.getString(extended + ".deadlines.find { it.kind == 'DECISION' }.howComputed")).contains("extended by 30 days");
        assertThat(page.getString(plain + ".deadlines.find { it.kind == 'DECISION' }.howComputed")).doesNotContain("extended");
    }

    @Test
    void anOfficersOwnCasesArePagedNewestFirstAndNoOtherOfficersCase() {
        List<String> officers = twoOfficers();
        String oldest = fileGeneral(officers, OVERLOAD);
        String middle = fileGeneral(officers, OVERLOAD);
        String newest = fileGeneral(officers, OVERLOAD);
        String someoneElses = fileGeneral(twoOfficers(), OVERLOAD);

        var first = as("cc-officer-1").get("/api/v1/cases?officer=" + officers.get(1) + "&limit=2").then().statusCode(200)
                .extract().jsonPath();
        assertThat(first.getList("cases.caseId")).containsExactly(newest, middle);
        var second = as("cc-officer-1").get("/api/v1/cases?officer=" + officers.get(1) + "&limit=2&after=" + first.getString("next"))
                .then().statusCode(200).extract().jsonPath();
        assertThat(second.getList("cases.caseId")).containsExactly(oldest).doesNotContain(someoneElses);
    }

    @Test
    void theDiscretionBenchmarkSaysTierRangeAndWhy() {
        as("cc-officer-1").queryParam("partyType", "INDIVIDUAL").queryParam("degree", "3")
                .queryParam("circumstances", "FIRST_OFFENCE").queryParam("circumstances", "PROMPTLY_CORRECTED")
                .get("/api/v1/violation-items/RA-01/discretion").then().statusCode(200)
                .body("tier", equalTo("MINOR")).body("max", equalTo(500.0f)).body("explanation", containsString("mitigating"));
        as("cc-officer-1").get("/api/v1/violation-items").then().statusCode(200).body("code", hasItems("RT-01", "RA-01", "PT-01", "CQ-01"));
        as("cc-officer-1").body("{}").put("/api/v1/violation-items/RA-01").then().statusCode(403);
    }

    @Test
    void theCalendarIsDataAndOnlyTheProvinceEditsIt() {
        as("cc-officer-1").get("/api/v1/working-calendar/2026").then().statusCode(200)
                .body("days.find { it.day == '2026-10-10' }.kind", equalTo("MAKE_UP_WORKING_DAY"));
        as("cc-supervisor").body("{\"days\":[]}").put("/api/v1/working-calendar/2027").then().statusCode(403)
                .body("code", equalTo("PROVINCIAL_SUPERVISOR_ONLY"));
    }
}

package cn.enforcement.review.api;

import static cn.enforcement.review.api.ClosedFiles.awaitChecked;
import static cn.enforcement.review.api.ClosedFiles.awaitRegistered;
import static cn.enforcement.review.api.ClosedFiles.closedFine;
import static cn.enforcement.review.api.ClosedFiles.credential;
import static cn.enforcement.review.api.ClosedFiles.issue;
import static cn.enforcement.review.api.ClosedFiles.newCredentialNumber;
import static cn.enforcement.review.api.ReviewWorld.as;
import static cn.enforcement.review.api.ReviewWorld.awaitKnown;
import static cn.enforcement.review.api.ReviewWorld.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import cn.enforcement.platform.events.cases.CaseRef;
import cn.enforcement.platform.time.BeijingTime;
import cn.enforcement.review.domain.ledger.LedgerEntry;
import cn.enforcement.platform.testing.RegisteredAgencies;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Evaluation rounds on the real stack: closed files drawn with a seed, scored by the evaluators drawn, results compared. */
@QuarkusTest
class EvaluationTest {

    /** A second Changchun agency, evaluated by cc-legal (another agency) and jl-legal. */
    private static final String EVALUATED = "220100002";

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void noEarlierFilesOfTheEvaluatedAgency() {
        RegisteredAgencies.known();
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : List.of("evaluation_file", "evaluation_round", "file_finding", "case_history_event", "case_file")) {
                String column = table.equals("evaluation_round") ? "region_code" : "agency_code";
                String value = table.equals("evaluation_round") ? "220100" : EVALUATED;
                if (table.equals("case_history_event")) {
                    entityManager.createNativeQuery("delete from case_history_event where case_id in (select case_id from case_file "
                            + "where agency_code = ?1)").setParameter(1, EVALUATED).executeUpdate();
                } else if (table.equals("evaluation_round")) {
                    entityManager.createNativeQuery("delete from evaluation_round where round_id not in (select round_id from evaluation_file)")
                            .executeUpdate();
                } else {
                    entityManager.createNativeQuery("delete from " + table + " where " + column + " = ?1").setParameter(1, value).executeUpdate();
                }
            }
        });
    }

    private static CaseRef evaluatedCase() {
        String caseId = UUID.randomUUID().toString();
        return new CaseRef(caseId, EVALUATED + "-2026-" + caseId.substring(0, 6), EVALUATED, "220100");
    }

    private static Map<String, Object> round(long seed) {
        LocalDate today = LocalDate.now(BeijingTime.ZONE);
        return Map.of("title", "2026年第四季度案卷评查", "agencies", List.of(EVALUATED), "closedFrom", today.minusDays(20).toString(),
                "closedTo", today.toString(), "filesPerAgency", 4, "seed", seed,
                "evaluators", List.of(Map.of("username", "cc-legal"), Map.of("username", "jl-legal"), Map.of("username", "province-supervisor")));
    }

    private static List<Map<String, Object>> scores(int procedurePoints) {
        List<Map<String, Object>> scores = new ArrayList<>();
        for (Object[] item : new Object[][] {{"SUBJECT", 10}, {"FACTS", 15}, {"EVIDENCE", 20}, {"LAW_APPLIED", 15}, {"DISCRETION", 10},
                {"PROCEDURE", 20}, {"DOCUMENTS", 10}}) {
            Map<String, Object> score = new HashMap<>(Map.of("item", item[0], "points", item[1]));
            if (item[0].equals("PROCEDURE")) {
                score.put("points", procedurePoints);
                score.put("reason", "未经法制审核即作出重大执法决定");
            }
            if (item[0].equals("EVIDENCE") && procedurePoints < 5) {
                score.put("points", 0);
                score.put("reason", "证据不能证明违法事实");
            }
            if (item[0].equals("LAW_APPLIED") && procedurePoints < 5) {
                score.put("points", 5);
                score.put("reason", "适用条款错误");
            }
            scores.add(score);
        }
        return scores;
    }

    @Test
    void aRoundDrawsFilesAndEvaluatorsReproduciblyWithoutConflictsAndTheScoresReachTheResultsAndTheLedger() {
        String jlLegal = officer("220200001", "jl-legal", LocalDate.of(2016, 1, 1));
        awaitKnown(jlLegal, true);
        ReviewWorld.ccLegal();
        awaitKnown(officer("220000000", "province-supervisor", LocalDate.of(2012, 7, 1)), true);
        String unqualified = "officer-" + UUID.randomUUID().toString().substring(0, 8);
        awaitKnown(officer("220100001", unqualified, null), false);
        String jlLegalCredential = newCredentialNumber();
        issue(jlLegalCredential, jlLegal, "220200001");
        awaitRegistered(jlLegalCredential);
        List<CaseRef> cases = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String first = credential();
            String second = i < 3 ? jlLegalCredential : credential();
            awaitRegistered(first);
            awaitRegistered(second);
            cases.add(closedFine(evaluatedCase(), new BigDecimal("20000"), first, second));
        }
        cases.forEach(c -> awaitChecked(c.caseId()));
        List<String> handledByJlLegal = cases.subList(0, 3).stream().map(CaseRef::caseId).toList();

        as("jl-supervisor").body(round(42)).post("/api/v1/evaluation-rounds").then().statusCode(403)
                .body("code", equalTo("OUTSIDE_SUPERVISED_REGION"));
        as("cc-head").body(round(42)).post("/api/v1/evaluation-rounds").then().statusCode(403);
        Map<String, Object> backwards = new HashMap<>(round(42));
        backwards.put("closedFrom", LocalDate.now(BeijingTime.ZONE).plusDays(1).toString());
        as("cc-supervisor").body(backwards).post("/api/v1/evaluation-rounds").then().statusCode(422).body("code", equalTo("ROUND_SCOPE_INVALID"));
        Map<String, Object> unknownAgency = new HashMap<>(round(42));
        unknownAgency.put("agencies", List.of(EVALUATED, "220199999"));
        as("cc-supervisor").body(unknownAgency).post("/api/v1/evaluation-rounds").then().statusCode(422).body("code", equalTo("AGENCY_UNKNOWN"));
        Map<String, Object> evaluator = new HashMap<>(round(42));
        evaluator.put("evaluators", List.of(Map.of("username", "cc-legal", "agencyCode", "220200001")));
        as("cc-supervisor").body(evaluator).post("/api/v1/evaluation-rounds").then().statusCode(400).body("code", equalTo("UNKNOWN_FIELD"));
        evaluator.put("evaluators", List.of(Map.of("username", "no-such-login")));
        as("cc-supervisor").body(evaluator).post("/api/v1/evaluation-rounds").then().statusCode(422).body("code", equalTo("EVALUATOR_UNKNOWN"));
        evaluator.put("evaluators", List.of(Map.of("username", unqualified)));
        as("cc-supervisor").body(evaluator).post("/api/v1/evaluation-rounds").then().statusCode(422)
                .body("code", equalTo("EVALUATOR_NOT_QUALIFIED"));
        evaluator.put("evaluators", List.of(Map.of("username", "jl-legal"), Map.of("username", "jl-legal")));
        as("cc-supervisor").body(evaluator).post("/api/v1/evaluation-rounds").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));

        List<Map<String, Object>> first = as("cc-supervisor").body(round(42)).post("/api/v1/evaluation-rounds").then().statusCode(201)
                .body("seed", equalTo(42)).body("files", hasSize(4)).extract().path("files");
        List<Map<String, Object>> again = as("cc-supervisor").body(round(42)).post("/api/v1/evaluation-rounds").then().statusCode(201)
                .extract().path("files");
        assertThat(again).extracting(f -> f.get("caseId") + ">" + f.get("evaluator"))
                .containsExactlyElementsOf(first.stream().map(f -> f.get("caseId") + ">" + f.get("evaluator")).toList());
        for (long seed = 1; seed <= 15; seed++) {
            List<Map<String, Object>> drawn = as("cc-supervisor").body(round(seed)).post("/api/v1/evaluation-rounds").then().statusCode(201)
                    .extract().path("files");
            assertThat(drawn).allSatisfy(f -> {
                assertThat(f.get("evaluatorAgency")).isNotEqualTo(EVALUATED);
                if (handledByJlLegal.contains(f.get("caseId"))) {
                    assertThat(f.get("evaluator")).isNotEqualTo("jl-legal");
                }
            });
        }

        String roundId = as("cc-supervisor").body(round(7)).post("/api/v1/evaluation-rounds").then().statusCode(201)
                .extract().path("roundId");
        List<Map<String, Object>> mine = as("cc-legal").get("/api/v1/evaluations/mine").then().statusCode(200).extract().path("$");
        Map<String, Object> toScore = mine.stream().filter(f -> roundId.equals(f.get("roundId"))).findFirst().orElseThrow();
        String caseId = (String) toScore.get("caseId");
        assertThat((List<?>) toScore.get("findings")).isNotEmpty();
        as("jl-legal").body(Map.of("scores", scores(20))).post("/api/v1/evaluation-rounds/{r}/files/{c}/score", roundId, caseId).then()
                .statusCode(404).body("code", equalTo("NOT_THE_DRAWN_EVALUATOR"));
        List<Map<String, Object>> unexplained = scores(20);
        unexplained.get(0).put("points", 5);
        as("cc-legal").body(Map.of("scores", unexplained)).post("/api/v1/evaluation-rounds/{r}/files/{c}/score", roundId, caseId).then()
                .statusCode(422).body("code", equalTo("DEDUCTION_NEEDS_REASON"));
        as("cc-legal").body(Map.of("scores", scores(0), "typical", true, "typicalReason", "重大执法决定未经法制审核"))
                .post("/api/v1/evaluation-rounds/{r}/files/{c}/score", roundId, caseId).then().statusCode(200)
                .body("total", equalTo(50)).body("grade", equalTo("FAIL")).body("typical", equalTo(true));
        as("cc-legal").body(Map.of("scores", scores(20))).post("/api/v1/evaluation-rounds/{r}/files/{c}/score", roundId, caseId).then()
                .statusCode(409).body("code", equalTo("FILE_ALREADY_SCORED"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> LedgerEntry.count("agencyCode = ?1 and source = ?2 and problem like ?3",
                EVALUATED, cn.enforcement.review.domain.ledger.LedgerSource.EVALUATION, "%" + caseId.substring(0, 6) + "%"))).isEqualTo(1);

        as("cc-supervisor").get("/api/v1/evaluation-rounds/{r}", roundId).then().statusCode(200).body("seed", equalTo(7))
                .body("files.find { it.caseId == '" + caseId + "' }.grade", equalTo("FAIL"));
        as("jl-supervisor").get("/api/v1/evaluation-rounds/{r}", roundId).then().statusCode(404);
        as("cc-supervisor").get("/api/v1/evaluation-results").then().statusCode(200)
                .body("byAgency.find { it.roundId == '" + roundId + "' }.failed", equalTo(1))
                .body("byOfficer.roundId", hasItem(roundId));
    }

    @Test
    void theRubricIsDataThatOnlyTheProvinceChangesAndAlwaysSumsToOneHundred() {
        as("cc-head").get("/api/v1/evaluation-rubric").then().statusCode(200).body("items.points.sum()", equalTo(100))
                .body("excellentAt", equalTo(90)).body("passAt", equalTo(60));
        List<Map<String, Object>> items = List.of(Map.of("code", "SUBJECT", "name", "执法主体", "points", 50),
                Map.of("code", "PROCEDURE", "name", "执法程序", "points", 49));
        as("cc-supervisor").body(Map.of("items", items)).put("/api/v1/evaluation-rubric").then().statusCode(403);
        as("province-supervisor").body(Map.of("items", items)).put("/api/v1/evaluation-rubric").then().statusCode(422)
                .body("code", equalTo("RUBRIC_INVALID"));
    }
}

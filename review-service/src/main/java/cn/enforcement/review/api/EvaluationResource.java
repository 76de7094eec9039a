package cn.enforcement.review.api;

import cn.enforcement.platform.idempotency.IdempotentCommand;
import cn.enforcement.platform.security.AgencyScope;
import cn.enforcement.platform.security.RegionCode;
import cn.enforcement.platform.security.Roles;
import cn.enforcement.problem.ProblemException;
import cn.enforcement.review.domain.ReviewProblem;
import cn.enforcement.review.domain.audit.FileFinding;
import cn.enforcement.review.domain.evaluation.DoubleRandomDraw;
import cn.enforcement.review.domain.evaluation.EvaluationDesk;
import cn.enforcement.review.domain.evaluation.EvaluationFile;
import cn.enforcement.review.domain.evaluation.EvaluationRound;
import cn.enforcement.review.domain.evaluation.EvaluatorEligibility;
import cn.enforcement.review.domain.evaluation.Rubrics;
import cn.enforcement.review.readmodel.KnownOfficer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Case-file evaluation by double random sampling (案卷评查, 双随机): supervisors plan rounds within their region and read
 * every result; evaluators see and score only the files drawn for them; the province's supervisors keep the rubric.
 */
@Tag(name = "evaluation")
@Path("/api/v1")
@Transactional
public class EvaluationResource {

    private final EvaluationDesk desk;
    private final Rubrics rubrics;
    private final AgencyScope scope;

    EvaluationResource(EvaluationDesk desk, Rubrics rubrics, AgencyScope scope) {
        this.desk = desk;
        this.rubrics = rubrics;
        this.scope = scope;
    }

    @Operation(operationId = "getEvaluationRubric", summary = "The rubric in force, with the grade thresholds")
    @GET
    @Path("/evaluation-rubric")
    @RolesAllowed({Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR})
    public RubricView rubric() {
        return RubricView.of(rubrics.current());
    }

    @Operation(operationId = "replaceEvaluationRubric", summary = "Keep a new version of the rubric (provincial supervisors)")
    @PUT
    @Path("/evaluation-rubric")
    @RolesAllowed(Roles.SUPERVISOR)
    @IdempotentCommand
    public RestResponse<RubricView> replaceRubric(@Valid @NotNull RubricInput body) {
        scope.requireProvincialSupervisor();
        return RestResponse.ok(RubricView.of(rubrics.replace(body.toItems())));
    }

    @Operation(operationId = "planEvaluationRound", summary = "Plan a round and draw its files and evaluators (双随机)")
    @POST
    @Path("/evaluation-rounds")
    @RolesAllowed(Roles.SUPERVISOR)
    @IdempotentCommand
    public RestResponse<RoundView> plan(@Valid @NotNull RoundInput body) {
        for (String agency : body.agencies()) {
            if (!scope.supervises(RegionCode.ofAgency(agency).value())) {
                throw ReviewProblem.OUTSIDE_SUPERVISED_REGION.refuse("agency " + agency + " is outside the region you supervise");
            }
        }
        List<DoubleRandomDraw.Evaluator> pool = body.evaluators().stream().map(e -> e.username().strip())
                .map(username -> EvaluatorEligibility.evaluator(username, KnownOfficer.byUsername(username))).toList();
        EvaluationRound round = desk.plan(new EvaluationDesk.Plan(body.title().strip(), scope.regionCode().value(), body.agencies(),
                body.closedFrom(), body.closedTo(), body.filesPerAgency(), pool, body.seed()), scope.actor());
        EvaluationFile.getEntityManager().flush();
        return RestResponse.status(RestResponse.Status.CREATED, RoundView.of(round, EvaluationFile.ofRound(round.roundId)));
    }

    @Operation(operationId = "listEvaluationRounds", summary = "The rounds of your region, newest first")
    @GET
    @Path("/evaluation-rounds")
    @RolesAllowed(Roles.SUPERVISOR)
    public List<RoundView> rounds() {
        List<EvaluationRound> rounds = EvaluationRound.list("regionCode like ?1 order by plannedAt desc", scope.regionCode().prefix() + "%");
        return rounds.stream().limit(100).map(r -> RoundView.of(r, EvaluationFile.ofRound(r.roundId))).toList();
    }

    @Operation(operationId = "getEvaluationRound", summary = "One round with its seed and every file drawn")
    @GET
    @Path("/evaluation-rounds/{roundId}")
    @RolesAllowed(Roles.SUPERVISOR)
    public RoundView round(@PathParam("roundId") String roundId) {
        EvaluationRound round = supervisedRound(roundId);
        return RoundView.of(round, EvaluationFile.ofRound(round.roundId));
    }

    @Operation(operationId = "listMyEvaluations", summary = "The files drawn for you to evaluate, with the automated checks' findings")
    @GET
    @Path("/evaluations/mine")
    @RolesAllowed({Roles.LEGAL_REVIEWER, Roles.SUPERVISOR})
    public List<AssignedFileView> mine() {
        List<EvaluationFile> files = EvaluationFile.list("evaluator = ?1 order by scoredAt nulls first, roundId, caseId", scope.actor());
        return files.stream().limit(500).map(f -> {
            EvaluationRound round = EvaluationRound.findById(f.roundId);
            return new AssignedFileView(f.roundId, round.title, f.caseId, f.caseNumber, f.agencyCode, round.rubricVersion,
                    FileFinding.ofCase(f.caseId).stream().map(FindingView::of).toList(), f.scores, f.total, f.grade, f.scoredAt);
        }).toList();
    }

    @Operation(operationId = "scoreEvaluatedFile", summary = "Score a file drawn for you, item by item, with reasons for deductions")
    @POST
    @Path("/evaluation-rounds/{roundId}/files/{caseId}/score")
    @RolesAllowed({Roles.LEGAL_REVIEWER, Roles.SUPERVISOR})
    @IdempotentCommand
    public RestResponse<RoundView.DrawnFile> score(@PathParam("roundId") String roundId, @PathParam("caseId") String caseId,
            @Valid @NotNull ScoreInput body) {
        EvaluationFile file = roundId.length() > 36 || caseId.length() > 36 ? null
                : EvaluationFile.<EvaluationFile>find("roundId = ?1 and caseId = ?2", roundId, caseId).firstResult();
        if (file == null || !scope.actor().equals(file.evaluator)) {
            throw ReviewProblem.NOT_THE_DRAWN_EVALUATOR.refuse("case " + caseId + " was not drawn for you in round " + roundId);
        }
        desk.score(EvaluationRound.findById(roundId), file, body.toScores(), body.typical(),
                body.typicalReason() == null ? null : body.typicalReason().strip(), scope.actor());
        EvaluationFile.getEntityManager().flush();
        return RestResponse.ok(RoundView.DrawnFile.of(file));
    }

    @Operation(operationId = "getEvaluationResults", summary = "Results per agency and per handling officer, round by round")
    @GET
    @Path("/evaluation-results")
    @RolesAllowed({Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR})
    public EvaluationResults results() {
        AgencyScope.Restriction readable = scope.readableWhere("f.agency_code", "f.region_code");
        var byAgency = EvaluationFile.getEntityManager().createNativeQuery("select r.round_id, r.title, r.planned_at, f.agency_code, count(*), "
                + "count(f.scored_at), avg(f.total), count(*) filter (where f.grade = 'EXCELLENT'), count(*) filter (where f.grade = 'PASS'), "
                + "count(*) filter (where f.grade = 'FAIL'), count(*) filter (where f.typical) from evaluation_file f "
                + "join evaluation_round r on r.round_id = f.round_id where " + readable.clause()
                + " group by r.round_id, r.title, r.planned_at, f.agency_code order by r.planned_at, f.agency_code");
        var byOfficer = EvaluationFile.getEntityManager().createNativeQuery("select r.round_id, r.title, k.officer_id, o.name, f.agency_code, "
                + "count(distinct f.case_id), avg(f.total), count(distinct f.case_id) filter (where f.grade = 'FAIL') from evaluation_file f "
                + "join evaluation_round r on r.round_id = f.round_id join case_file c on c.case_id = f.case_id "
                + "cross join lateral unnest(c.credentials) as named(number) "
                + "join known_credential k on k.credential_number = named.number left join known_officer o on o.officer_id = k.officer_id "
                + "where f.scored_at is not null and " + readable.clause()
                + " group by r.round_id, r.title, r.planned_at, k.officer_id, o.name, f.agency_code order by r.planned_at, f.agency_code, o.name");
        for (Map.Entry<String, Object> parameter : readable.parameters().entrySet()) {
            byAgency.setParameter(parameter.getKey(), parameter.getValue());
            byOfficer.setParameter(parameter.getKey(), parameter.getValue());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> agencies = byAgency.getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> officers = byOfficer.getResultList();
        return new EvaluationResults(
                agencies.stream().map(r -> new EvaluationResults.AgencyResult((String) r[0], (String) r[1], instant(r[2]), (String) r[3],
                        count(r[4]), count(r[5]), average(r[6]), count(r[7]), count(r[8]), count(r[9]), count(r[10]))).toList(),
                officers.stream().map(r -> new EvaluationResults.OfficerResult((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                        (String) r[4], count(r[5]), average(r[6]), count(r[7]))).toList());
    }

    private EvaluationRound supervisedRound(String roundId) {
        EvaluationRound round = roundId.length() > 36 ? null : EvaluationRound.findById(roundId);
        if (round == null || !scope.supervises(round.regionCode)) {
            throw unknown(roundId);
        }
        return round;
    }

    private static Instant instant(Object column) {
        return column instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) column;
    }

    private static long count(Object column) {
        return ((Number) column).longValue();
    }

    private static Double average(Object column) {
        return column == null ? null : Math.round(((Number) column).doubleValue() * 10) / 10.0;
    }

    private static ProblemException unknown(String roundId) {
        return ReviewProblem.ROUND_NOT_FOUND.refuse("no evaluation round " + roundId);
    }
}

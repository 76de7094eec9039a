package cn.enforcement.review.domain.evaluation;

import cn.enforcement.platform.events.review.CaseFileDrawnForEvaluation;
import cn.enforcement.platform.events.review.CaseFileEvaluated;
import cn.enforcement.platform.outbox.Outbox;
import cn.enforcement.platform.time.BeijingTime;
import cn.enforcement.review.domain.ReviewProblem;
import cn.enforcement.review.domain.ReviewRules;
import cn.enforcement.review.domain.audit.CaseFile;
import cn.enforcement.review.domain.evaluation.DoubleRandomDraw.Assignment;
import cn.enforcement.review.domain.evaluation.DoubleRandomDraw.Candidate;
import cn.enforcement.review.domain.evaluation.DoubleRandomDraw.Evaluator;
import cn.enforcement.review.domain.ledger.LedgerSource;
import cn.enforcement.review.domain.ledger.ProblemLedger;
import cn.enforcement.review.readmodel.KnownCredential;
import cn.enforcement.review.readmodel.KnownOfficer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import cn.enforcement.platform.agencies.KnownAgencies;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Case-file evaluation by double random sampling (案卷评查, 双随机; seeds 003, 004): a supervisor plans a round over the
 * closed files of agencies of their region; files and evaluators are drawn with a recorded seed; each evaluator scores
 * the files drawn for them on the round's rubric. A score is published (CaseFileEvaluated); a failed file goes on the
 * agency's problem ledger.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EvaluationDesk {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final Outbox outbox;
    private final Clock clock;
    private final Rubrics rubrics;
    private final ProblemLedger ledger;
    private final ReviewRules rules;
    private final KnownAgencies agencies;

    EvaluationDesk(Outbox outbox, Clock clock, Rubrics rubrics, ProblemLedger ledger, ReviewRules rules, KnownAgencies agencies) {
        this.agencies = agencies;
        this.outbox = outbox;
        this.clock = clock;
        this.rubrics = rubrics;
        this.ledger = ledger;
        this.rules = rules;
    }

    /** A round as planned: its scope, its pool, and a seed when the planner wants to give one (else one is drawn). */
    public record Plan(String title, String regionCode, List<String> agencies, LocalDate closedFrom, LocalDate closedTo, int filesPerAgency,
            List<Evaluator> evaluators, Long seed) {
    }

    public EvaluationRound plan(Plan plan, String supervisor) {
        if (plan.closedFrom().isAfter(plan.closedTo())) {
            throw ReviewProblem.ROUND_SCOPE_INVALID.refuse("the period starts " + plan.closedFrom() + ", after it ends " + plan.closedTo());
        }
        plan.agencies().forEach(agencies::requireInForce);
        plan.evaluators().forEach(evaluator -> agencies.requireInForce(evaluator.agencyCode()));
        EvaluationRound round = new EvaluationRound();
        round.roundId = UUID.randomUUID().toString();
        round.regionCode = plan.regionCode();
        round.title = plan.title();
        round.agencies = plan.agencies().stream().distinct().sorted().toList();
        round.closedFrom = plan.closedFrom();
        round.closedTo = plan.closedTo();
        round.filesPerAgency = plan.filesPerAgency();
        round.evaluators = plan.evaluators().stream().distinct().toList();
        round.seed = plan.seed() != null ? plan.seed() : SEEDS.nextLong() & Long.MAX_VALUE;
        round.rubricVersion = rubrics.current().version();
        round.plannedBy = supervisor;
        round.plannedAt = clock.instant();
        round.persist();

        Map<String, CaseFile> files = closedFiles(round);
        SortedMap<String, List<Candidate>> candidates = new TreeMap<>(files.values().stream()
                .collect(Collectors.groupingBy(f -> f.agencyCode, Collectors.mapping(f -> new Candidate(f.caseId, f.agencyCode), Collectors.toList()))));
        Map<String, Set<String>> handledWith = credentialsOf(round.evaluators);
        List<Assignment> draw = DoubleRandomDraw.draw(candidates, round.filesPerAgency, round.evaluators,
                (evaluator, file) -> files.get(file.caseId()).credentials.stream().anyMatch(handledWith.get(evaluator.username())::contains),
                round.seed);
        for (Assignment assignment : draw) {
            CaseFile file = files.get(assignment.file().caseId());
            EvaluationFile drawn = new EvaluationFile();
            drawn.fileId = UUID.randomUUID().toString();
            drawn.roundId = round.roundId;
            drawn.caseId = file.caseId;
            drawn.caseNumber = file.caseNumber;
            drawn.agencyCode = file.agencyCode;
            drawn.regionCode = file.regionCode;
            if (assignment.evaluator() != null) {
                drawn.evaluator = assignment.evaluator().username();
                drawn.evaluatorAgency = assignment.evaluator().agencyCode();
                outbox.publish(new CaseFileDrawnForEvaluation(round.roundId, drawn.caseId, drawn.caseNumber, drawn.agencyCode, drawn.regionCode,
                        drawn.evaluator, drawn.evaluatorAgency, round.plannedAt));
            }
            drawn.persist();
        }
        return round;
    }

    /** The evaluator's scores, item by item; a failed file goes on the agency's ledger. */
    public void score(EvaluationRound round, EvaluationFile file, List<Rubric.Score> scores, boolean typical, String typicalReason,
            String evaluator) {
        if (file.scoredAt != null) {
            throw ReviewProblem.FILE_ALREADY_SCORED.refuse("case " + file.caseNumber + " was scored " + file.scoredAt);
        }
        if (typical && (typicalReason == null || typicalReason.isBlank())) {
            throw ReviewProblem.TYPICAL_CASE_NEEDS_REASON.refuse("say why the case is typical");
        }
        Rubric.Result result = rubrics.version(round.rubricVersion).score(scores);
        Instant now = clock.instant();
        file.scores = List.copyOf(scores);
        file.total = result.total();
        file.grade = result.grade();
        file.typical = typical;
        file.typicalReason = typical ? typicalReason : null;
        file.scoredAt = now;
        outbox.publish(new CaseFileEvaluated(round.roundId, file.caseId, file.caseNumber, file.agencyCode, file.regionCode, file.total,
                file.grade.name(), typical, now));
        if (result.grade() == Grade.FAIL) {
            String deductions = scores.stream().filter(s -> s.reason() != null && !s.reason().isBlank())
                    .map(s -> s.item() + ": " + s.reason()).collect(Collectors.joining("; "));
            String problem = "案卷评查不合格 " + file.caseNumber + " (" + round.title + "), " + file.total + " 分: " + deductions;
            ledger.open(new ProblemLedger.NewProblem(file.agencyCode, file.regionCode, LedgerSource.EVALUATION,
                    problem.length() > 2000 ? problem.substring(0, 2000) : problem, "逐项整改扣分问题，完善案卷 (评查 " + round.title + ")",
                    "负责人", BeijingTime.dayOf(now).plusDays(rules.ledgerRectificationDays())), evaluator);
        }
    }

    /** The round's agencies' files closed within its period, by case id. */
    private static Map<String, CaseFile> closedFiles(EvaluationRound round) {
        List<CaseFile> closed = CaseFile.list("agencyCode in ?1 and closedAt >= ?2 and closedAt < ?3", round.agencies,
                BeijingTime.startOf(round.closedFrom), BeijingTime.startOf(round.closedTo.plusDays(1)));
        return closed.stream().collect(Collectors.toMap(f -> f.caseId, f -> f));
    }

    /** The credentials each evaluator held, by login: a file naming one of them is one they handled. */
    private static Map<String, Set<String>> credentialsOf(List<Evaluator> evaluators) {
        Map<String, Set<String>> credentials = new HashMap<>();
        for (Evaluator evaluator : evaluators) {
            Set<String> held = KnownOfficer.byUsername(evaluator.username())
                    .map(officer -> KnownCredential.<KnownCredential>list("officerId", officer.officerId).stream()
                            .map(c -> c.credentialNumber).collect(Collectors.toSet()))
                    .orElse(Set.of());
            credentials.put(evaluator.username(), held);
        }
        return credentials;
    }
}

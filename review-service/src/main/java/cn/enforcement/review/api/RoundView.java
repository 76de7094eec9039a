package cn.enforcement.review.api;

import cn.enforcement.review.domain.evaluation.DoubleRandomDraw;
import cn.enforcement.review.domain.evaluation.EvaluationFile;
import cn.enforcement.review.domain.evaluation.EvaluationRound;
import cn.enforcement.review.domain.evaluation.Grade;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A round with its seed (so that an auditor can redo the draw) and every file drawn, with its evaluator and score. */
public record RoundView(String roundId, String regionCode, String title, List<String> agencies, LocalDate closedFrom, LocalDate closedTo,
        int filesPerAgency, List<DoubleRandomDraw.Evaluator> evaluators, long seed, int rubricVersion, String plannedBy, Instant plannedAt,
        List<DrawnFile> files) {

    /** A drawn file: whose, for whom, and once scored, the total and grade. */
    public record DrawnFile(String caseId, String caseNumber, String agencyCode, String evaluator, String evaluatorAgency, Integer total,
            Grade grade, boolean typical, String typicalReason, Instant scoredAt) {

        static DrawnFile of(EvaluationFile f) {
            return new DrawnFile(f.caseId, f.caseNumber, f.agencyCode, f.evaluator, f.evaluatorAgency, f.total, f.grade, f.typical,
                    f.typicalReason, f.scoredAt);
        }
    }

    static RoundView of(EvaluationRound r, List<EvaluationFile> files) {
        return new RoundView(r.roundId, r.regionCode, r.title, r.agencies, r.closedFrom, r.closedTo, r.filesPerAgency, r.evaluators, r.seed,
                r.rubricVersion, r.plannedBy, r.plannedAt, files.stream().map(DrawnFile::of).toList());
    }
}

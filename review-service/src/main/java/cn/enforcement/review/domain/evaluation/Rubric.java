package cn.enforcement.review.domain.evaluation;

import cn.enforcement.review.domain.ReviewProblem;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The scoring rubric of case-file evaluation (案卷评查评分标准), as data: items (subject, facts, evidence, law applied,
 * discretion, procedure, documents by default) with their points, summing to 100 so that grades compare across
 * rounds; and the grade thresholds.
 */
public record Rubric(int version, List<Item> items, int excellentAt, int passAt) {

    public static final int FULL_MARKS = 100;

    /** Where the rules of scoring come from. */
    static final String EVALUATION_STANDARD = "seed 003 (案卷评查)";

    /** One item of the rubric: its code, what it covers, and its points. */
    public record Item(String code, String name, int points) {
    }

    /** The evaluator's score of one item; a reason is given wherever points are deducted. */
    public record Score(String item, int points, String reason) {
    }

    /** The file's total and grade. */
    public record Result(int total, Grade grade) {
    }

    public Rubric {
        items = List.copyOf(items);
    }

    /** A rubric is accepted only when its items are distinct, each worth at least a point, summing to 100. */
    public static void requireWellFormed(List<Item> items) {
        Set<String> codes = new HashSet<>();
        for (Item item : items) {
            if (item.points() < 1 || !codes.add(item.code())) {
                throw ReviewProblem.RUBRIC_INVALID.refuse("item " + item.code() + " is repeated or worth no points", EVALUATION_STANDARD);
            }
        }
        int sum = items.stream().mapToInt(Item::points).sum();
        if (sum != FULL_MARKS) {
            throw ReviewProblem.RUBRIC_INVALID.refuse("the items sum to " + sum + ", not " + FULL_MARKS, EVALUATION_STANDARD);
        }
    }

    public Result score(List<Score> scores) {
        Map<String, Item> byCode = items.stream().collect(Collectors.toMap(Item::code, Function.identity()));
        Set<String> scored = new HashSet<>();
        int total = 0;
        for (Score score : scores) {
            Item item = byCode.get(score.item());
            if (item == null || !scored.add(score.item())) {
                throw ReviewProblem.SCORE_INCOMPLETE.refuse("item " + score.item() + " is not in the rubric or scored twice", EVALUATION_STANDARD);
            }
            if (score.points() < 0 || score.points() > item.points()) {
                throw ReviewProblem.SCORE_OUT_OF_RANGE.refuse(score.item() + " is scored 0 to " + item.points() + ", not " + score.points(), EVALUATION_STANDARD);
            }
            if (score.points() < item.points() && (score.reason() == null || score.reason().isBlank())) {
                throw ReviewProblem.DEDUCTION_NEEDS_REASON.refuse("say why " + (item.points() - score.points()) + " points of "
                        + score.item() + " are deducted", EVALUATION_STANDARD);
            }
            total += score.points();
        }
        if (scored.size() != items.size()) {
            throw ReviewProblem.SCORE_INCOMPLETE.refuse("every item of the rubric is scored: " + byCode.keySet(), EVALUATION_STANDARD);
        }
        return new Result(total, grade(total));
    }

    public Grade grade(int total) {
        return total >= excellentAt ? Grade.EXCELLENT : total >= passAt ? Grade.PASS : Grade.FAIL;
    }
}

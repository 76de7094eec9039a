package cn.enforcement.review.api;

import cn.enforcement.review.domain.evaluation.Rubric;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The evaluator's score of each item of the rubric (with a reason where points are deducted), and whether the case is typical. */
public record ScoreInput(
        @NotNull @Size(min = 1, max = 30) List<@Valid @NotNull ItemScore> scores,
        boolean typical,
        @Size(max = 2000) String typicalReason) {

    public record ItemScore(@NotBlank @Size(max = 30) String item, int points, @Size(max = 1000) String reason) {
    }

    List<Rubric.Score> toScores() {
        return scores.stream().map(s -> new Rubric.Score(s.item(), s.points(), s.reason() == null ? null : s.reason().strip())).toList();
    }
}

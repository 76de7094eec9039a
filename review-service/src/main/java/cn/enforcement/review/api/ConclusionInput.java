package cn.enforcement.review.api;

import cn.enforcement.platform.events.review.LegalReviewCompleted.Outcome;
import cn.enforcement.review.domain.ChecklistAnswer;
import cn.enforcement.review.domain.ChecklistPoint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The reviewer's conclusion: the ten points, the outcome and the legal review opinion (法制审核意见). */
public record ConclusionInput(
        @NotNull Outcome outcome,
        @NotNull @Size(max = 10) List<@Valid @NotNull Point> checklist,
        @NotBlank @Size(max = 4000) String opinion,
        @Size(max = 2000) String toSupplement) {

    /** One point: passed or failed, with a note (required when failed). */
    public record Point(@NotNull ChecklistPoint point, boolean passed, @Size(max = 1000) String note) {
    }

    List<ChecklistAnswer> answers() {
        return checklist.stream().map(p -> new ChecklistAnswer(p.point(), p.passed(), p.note())).toList();
    }
}

package cn.enforcement.review.api;

import cn.enforcement.review.domain.evaluation.Rubric;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A new version of the rubric: its items with their points, summing to 100. */
public record RubricInput(@NotNull @Size(min = 1, max = 30) List<@Valid @NotNull ItemInput> items) {

    public record ItemInput(@NotNull @Pattern(regexp = "[A-Z][A-Z_]{0,29}") String code, @NotBlank @Size(max = 100) String name,
            @Min(1) @Max(100) int points) {
    }

    List<Rubric.Item> toItems() {
        return items.stream().map(i -> new Rubric.Item(i.code(), i.name().strip(), i.points())).toList();
    }
}

package cn.enforcement.review.api;

import cn.enforcement.review.domain.evaluation.Rubric;
import java.util.List;

/** The rubric in force: its version, items with their points (summing to 100), and the grade thresholds. */
public record RubricView(int version, List<Rubric.Item> items, int excellentAt, int passAt) {

    static RubricView of(Rubric rubric) {
        return new RubricView(rubric.version(), rubric.items(), rubric.excellentAt(), rubric.passAt());
    }
}

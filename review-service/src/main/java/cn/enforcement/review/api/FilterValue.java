package cn.enforcement.review.api;

import cn.enforcement.review.domain.ReviewProblem;
import java.util.Arrays;

/** A list filter naming a constant (a status, a grade, a source): null when not given, refused with its own code when unknown. */
final class FilterValue {

    private FilterValue() {
    }

    static <E extends Enum<E>> E named(Class<E> type, String name, ReviewProblem unknown) {
        if (name == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> unknown.refuse(name + " is not one of " + Arrays.toString(type.getEnumConstants())));
    }
}

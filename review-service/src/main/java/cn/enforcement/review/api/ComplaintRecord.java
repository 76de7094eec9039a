package cn.enforcement.review.api;

import java.time.Instant;
import java.util.List;

/** One complaint with every step of its handling. */
public record ComplaintRecord(ComplaintView complaint, List<ComplaintStepView> steps) {

    /** RECEIVED, ROUTED, HANDLED or ANSWERED, who took the step, with what note, when. */
    public record ComplaintStepView(String step, String actor, String note, Instant at) {
    }
}

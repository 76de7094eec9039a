package cn.enforcement.review.domain.complaint;

import cn.enforcement.platform.persistence.RecordedStep;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One step of a complaint's handling (received, routed, handled, answered), with who took it. */
@Entity
@Table(name = "complaint_step")
public class ComplaintStep extends RecordedStep {

    @Column(name = "tracking_number", nullable = false)
    public String trackingNumber;

    static void record(Complaint complaint, String step, String actor, String note, Instant at) {
        ComplaintStep row = new ComplaintStep();
        row.trackingNumber = complaint.trackingNumber;
        row.keep(step, actor, note, at);
    }

    public static List<ComplaintStep> of(String trackingNumber) {
        return list("trackingNumber = ?1 order by id", trackingNumber);
    }
}

package cn.enforcement.review.domain.complaint;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One step of a complaint's handling (received, routed, handled, answered), with who took it. */
@Entity
@Table(name = "complaint_step")
public class ComplaintStep extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tracking_number", nullable = false)
    public String trackingNumber;

    @Column(nullable = false)
    public String step;

    @Column(nullable = false)
    public String actor;

    public String note;

    @Column(nullable = false)
    public Instant at;

    static void record(Complaint complaint, String step, String actor, String note, Instant at) {
        ComplaintStep row = new ComplaintStep();
        row.trackingNumber = complaint.trackingNumber;
        row.step = step;
        row.actor = actor;
        row.note = note;
        row.at = at;
        row.persist();
    }

    public static List<ComplaintStep> of(String trackingNumber) {
        return list("trackingNumber = ?1 order by id", trackingNumber);
    }
}

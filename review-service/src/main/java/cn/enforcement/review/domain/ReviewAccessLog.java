package cn.enforcement.review.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who read or acted on a review file, and when: the auditors' record. */
@Entity
@Table(name = "review_access_log")
public class ReviewAccessLog extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "review_id", nullable = false)
    public String reviewId;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public Instant at;

    public static void write(String reviewId, String subject, String action, Instant at) {
        ReviewAccessLog entry = new ReviewAccessLog();
        entry.reviewId = reviewId;
        entry.subject = subject;
        entry.action = action;
        entry.at = at;
        entry.persist();
    }
}

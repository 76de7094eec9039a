package cn.enforcement.review.domain;

import cn.enforcement.platform.persistence.AccessLogEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who read or acted on a review file, and when: the auditors' record. */
@Entity
@Table(name = "review_access_log")
public class ReviewAccessLog extends AccessLogEntry {

    @Column(name = "review_id", nullable = false)
    public String reviewId;

    public static void write(String reviewId, String subject, String action, Instant at) {
        ReviewAccessLog entry = new ReviewAccessLog();
        entry.reviewId = reviewId;
        entry.keep(subject, action, at);
    }
}

package cn.enforcement.review.domain;

import cn.enforcement.platform.events.review.CollectiveDiscussionConcluded.Participant;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The record of the agency heads' collective discussion (集体讨论记录, PL 57 ¶2) of a reviewed case. */
@Entity
@Table(name = "collective_discussion")
public class CollectiveDiscussion extends PanacheEntityBase {

    @Id
    @Column(name = "discussion_id")
    public String discussionId;

    @Column(name = "review_id", nullable = false)
    public String reviewId;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Participant> participants;

    @Column(name = "for_decision", nullable = false)
    public boolean forDecision;

    @Column(name = "on_dispute", nullable = false)
    public boolean onDispute;

    @Column(nullable = false)
    public String conclusion;

    /** Dissenting opinions, recorded as given (不同意见). */
    public String dissent;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static List<CollectiveDiscussion> of(String reviewId) {
        return list("reviewId = ?1 order by recordedAt", reviewId);
    }
}

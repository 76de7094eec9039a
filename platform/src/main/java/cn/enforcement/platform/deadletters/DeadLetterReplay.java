package cn.enforcement.platform.deadletters;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** That a dead letter was sent back to its topic, by whom and when: each is replayed once. */
@Entity
@Table(name = "dead_letter_replay")
public class DeadLetterReplay extends PanacheEntityBase {

    /** The dead-letter topic and the record's position in it, e.g. {@code enforcement.deadletter.case/0-17}. */
    @Id
    @Column(name = "dead_letter")
    public String deadLetter;

    @Column(name = "replayed_by", nullable = false)
    public String replayedBy;

    @Column(name = "replayed_at", nullable = false)
    public Instant replayedAt;
}

package cn.enforcement.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A statement or defence of the party (陈述申辩) and the agency's answer (PL 45). */
@Entity
@Table(name = "case_statement")
public class CaseStatement extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public String caseId;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false, columnDefinition = "text")
    public String content;

    @Column(columnDefinition = "text")
    public String answer;

    /** Whether the agency accepted it (采纳); null when the answer takes no side. */
    public Boolean accepted;
}

package cn.enforcement.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who read or changed a case, and when: the auditors' record. */
@Entity
@Table(name = "case_access_log")
public class CaseAccessLog extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public String caseId;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public Instant at;
}

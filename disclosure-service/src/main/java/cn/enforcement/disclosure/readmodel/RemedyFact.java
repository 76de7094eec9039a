package cn.enforcement.disclosure.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A reconsideration or lawsuit against a decision, and how it ended, for the annual statistics. */
@Entity
@Table(name = "remedy_fact")
public class RemedyFact extends PanacheEntityBase {

    @Id
    @Column(name = "remedy_id")
    public String remedyId;

    @Column(name = "case_id", nullable = false)
    public String caseId;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(nullable = false)
    public String kind;

    @Column(name = "filed_on", nullable = false)
    public LocalDate filedOn;

    @Column(name = "concluded_on")
    public LocalDate concludedOn;

    public String outcome;
}

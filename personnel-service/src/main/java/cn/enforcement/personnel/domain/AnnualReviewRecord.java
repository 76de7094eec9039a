package cn.enforcement.personnel.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One annual review (年审) of a credential for a year. */
@Entity
@Table(name = "annual_review")
public class AnnualReviewRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "credential_number", nullable = false)
    public String credentialNumber;

    @Column(name = "review_year", nullable = false)
    public int year;

    @Column(nullable = false)
    public boolean passed;

    public String remarks;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    public static List<AnnualReviewRecord> of(String credentialNumber) {
        return list("credentialNumber", credentialNumber);
    }

    public CredentialValidity.Review asReview() {
        return new CredentialValidity.Review(year, passed, recordedAt);
    }
}

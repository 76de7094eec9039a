package cn.enforcement.review.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** An officer of an agency as personnel-service publishes them: a possible reviewer, and who a caller is. */
@Entity
@Table(name = "known_officer")
public class KnownOfficer extends PanacheEntityBase {

    @Id
    @Column(name = "officer_id")
    public String officerId;

    public String username;

    @Column(nullable = false)
    public String name;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(nullable = false)
    public String post;

    @Column(name = "on_post", nullable = false)
    public boolean onPost;

    /** Holds the legal professional qualification (法律职业资格). */
    @Column(nullable = false)
    public boolean qualified;

    @Column(name = "qualification_obtained_on")
    public LocalDate qualificationObtainedOn;

    @Column(name = "certificate_number")
    public String certificateNumber;

    /** The day of the first review this officer was assigned on this platform. */
    @Column(name = "first_engaged_on")
    public LocalDate firstEngagedOn;

    @Column(name = "last_event_at", nullable = false)
    public Instant lastEventAt;

    public static Optional<KnownOfficer> byUsername(String username) {
        return username == null ? Optional.empty() : find("username", username).firstResultOptional();
    }
}

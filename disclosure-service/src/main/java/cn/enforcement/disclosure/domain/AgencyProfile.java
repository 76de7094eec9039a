package cn.enforcement.disclosure.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One version of an agency's public profile (事前公开: 主体、职责、依据、程序、时限、救济、监督渠道), in force from
 * its day until the next version's. Versions are never changed, only followed.
 */
@Entity
@Table(name = "agency_profile")
@IdClass(AgencyProfile.Version.class)
public class AgencyProfile extends PanacheEntityBase {

    /** The key of a version. */
    public record Version(String agencyCode, LocalDate effectiveFrom) implements Serializable {
        public Version() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "agency_code")
    public String agencyCode;

    @Id
    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String duties;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    /** The fields the agency enforces: its powers are the catalogue items of these fields. */
    @Column(name = "enforcement_fields", nullable = false)
    public List<String> enforcementFields;

    @Column(nullable = false)
    public String procedures;

    @Column(name = "time_limits", nullable = false)
    public String timeLimits;

    @Column(name = "reconsideration_body", nullable = false)
    public String reconsiderationBody;

    @Column(nullable = false)
    public String court;

    @Column(name = "complaint_phone", nullable = false)
    public String complaintPhone;

    @Column(name = "complaint_mail")
    public String complaintMail;

    @Column(name = "complaint_address")
    public String complaintAddress;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** The version in force on a day. */
    public static Optional<AgencyProfile> inForce(String agencyCode, LocalDate on) {
        return find("agencyCode = ?1 and effectiveFrom <= ?2 order by effectiveFrom desc", agencyCode, on).firstResultOptional();
    }

    /** Every agency's version in force on a day, by name. */
    public static List<AgencyProfile> allInForce(LocalDate on) {
        return list("effectiveFrom = (select max(p.effectiveFrom) from AgencyProfile p where p.agencyCode = agencyCode"
                + " and p.effectiveFrom <= ?1) order by name", on);
    }
}

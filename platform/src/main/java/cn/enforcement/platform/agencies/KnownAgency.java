package cn.enforcement.platform.agencies;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An enforcement agency as the registry last published it. */
@Entity
@Table(name = "known_agency")
public class KnownAgency extends PanacheEntityBase {

    @Id
    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(name = "short_name", nullable = false)
    public String shortName;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "parent_code")
    public String parentCode;

    @Column(name = "credit_code", nullable = false)
    public String creditCode;

    @Column(name = "in_force_from", nullable = false)
    public LocalDate inForceFrom;

    @Column(name = "in_force_to")
    public LocalDate inForceTo;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** In force on the day: from its first day, until the day before its last (an agency merged away is history). */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(inForceFrom) && (inForceTo == null || day.isBefore(inForceTo));
    }
}

package cn.enforcement.personnel.domain;

import cn.enforcement.platform.events.personnel.AgencyRecorded;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An enforcement agency (执法主体) of the province's registry. */
@Entity
@Table(name = "enforcement_agency")
public class EnforcementAgency extends PanacheEntityBase {

    @Id
    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    /** What the agency's document numbers begin with (文号: 吉长交执罚〔2026〕第1号). */
    @Column(name = "short_name", nullable = false)
    public String shortName;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "parent_code")
    public String parentCode;

    /** The agency's own unified social credit code (统一社会信用代码), which 双公示 publishes beside its decisions. */
    @Column(name = "credit_code", nullable = false)
    public String creditCode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "enforcement_fields", nullable = false)
    public List<String> enforcementFields;

    public String address;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "in_force_from", nullable = false)
    public LocalDate inForceFrom;

    @Column(name = "in_force_to")
    public LocalDate inForceTo;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** The digest of what was last published, so that rows a migration wrote or changed are published once. */
    @Column(name = "published_digest")
    public String publishedDigest;

    @Version
    public long version;

    public AgencyRecorded recorded() {
        return new AgencyRecorded(agencyCode, fullName, shortName, regionCode, parentCode, creditCode, List.copyOf(enforcementFields),
                address, contactPhone, inForceFrom, inForceTo, recordedAt);
    }
}

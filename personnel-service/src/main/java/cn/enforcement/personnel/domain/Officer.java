package cn.enforcement.personnel.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An officer in the agency's enforcement registry (执法人员). */
@Entity
@Table(name = "officer")
public class Officer extends PanacheEntityBase {

    @Id
    @Column(name = "officer_id")
    public String officerId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String gender;

    @Column(name = "id_number", nullable = false, unique = true)
    public String idNumber;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(nullable = false)
    public String post;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "enforcement_fields", nullable = false)
    public List<String> enforcementFields;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    public static Optional<Officer> byIdNumber(String idNumber) {
        return find("idNumber", idNumber).firstResultOptional();
    }
}

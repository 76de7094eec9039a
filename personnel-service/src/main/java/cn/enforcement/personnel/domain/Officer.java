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

    /** The officer's Keycloak login, so that officers can read their own record. */
    public String username;

    public String education;

    @Column(name = "photo_object_key")
    public String photoObjectKey;

    /** False once the officer has left the enforcement post (离岗). */
    @Column(name = "on_post", nullable = false)
    public boolean onPost = true;

    @Column(name = "left_post_at")
    public Instant leftPostAt;

    /** The national legal professional qualification (法律职业资格), PL 58. */
    @Column(name = "legal_qualification_certificate")
    public String legalQualificationCertificate;

    @Column(name = "legal_qualification_obtained_on")
    public java.time.LocalDate legalQualificationObtainedOn;

    public static Optional<Officer> byIdNumber(String idNumber) {
        return find("idNumber", idNumber).firstResultOptional();
    }
}

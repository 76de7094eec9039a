package cn.enforcement.personnel.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** An enforcement credential (执法证件) held by one officer. */
@Entity
@Table(name = "credential")
public class Credential extends PanacheEntityBase {

    @Id
    @Column(name = "credential_number")
    public String credentialNumber;

    @Column(name = "officer_id", nullable = false)
    public String officerId;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    public LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CredentialStatus status;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    public static Optional<Credential> activeOf(String officerId) {
        return find("officerId = ?1 and status = ?2", officerId, CredentialStatus.ACTIVE).firstResultOptional();
    }
}

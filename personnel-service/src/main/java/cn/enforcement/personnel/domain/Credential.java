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

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revocation_reason")
    public String revocationReason;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    /** The year whose annual review is missing past its due date, while it is. */
    @Column(name = "review_overdue_year")
    public Integer reviewOverdueYear;

    /** The officer's credential in force (active or suspended), if any. */
    public static Optional<Credential> inForceOf(String officerId) {
        return find("officerId = ?1 and status in ?2", officerId,
                java.util.List.of(CredentialStatus.ACTIVE, CredentialStatus.SUSPENDED)).firstResultOptional();
    }
}

package cn.enforcement.personnel.domain;

import cn.enforcement.platform.time.BeijingTime;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One suspension (暂扣) of a credential. */
@Entity
@Table(name = "credential_suspension")
public class CredentialSuspensionRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "credential_number", nullable = false)
    public String credentialNumber;

    @Column(name = "suspended_at", nullable = false)
    public Instant suspendedAt;

    /** The last day of the suspension, if it was set for a period. */
    @Column(name = "until_date")
    public LocalDate untilDate;

    @Column(nullable = false)
    public String reason;

    @Column(name = "reinstated_at")
    public Instant reinstatedAt;

    @Column(name = "reinstate_reason")
    public String reinstateReason;

    public static List<CredentialSuspensionRecord> of(String credentialNumber) {
        return list("credentialNumber", credentialNumber);
    }

    public static Optional<CredentialSuspensionRecord> openOf(String credentialNumber) {
        return find("credentialNumber = ?1 and reinstatedAt is null", credentialNumber).firstResultOptional();
    }

    /** The interval the validity rule sees: until reinstated, or to the end of the until date. */
    public CredentialValidity.Suspension asInterval() {
        Instant end = reinstatedAt;
        if (untilDate != null) {
            Instant periodEnd = BeijingTime.startOf(untilDate.plusDays(1));
            end = end == null || periodEnd.isBefore(end) ? periodEnd : end;
        }
        return new CredentialValidity.Suspension(suspendedAt, end, reason);
    }
}

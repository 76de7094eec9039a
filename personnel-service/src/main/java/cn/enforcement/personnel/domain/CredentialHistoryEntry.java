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

/** A dated, reasoned change of a credential, and who made it. */
@Entity
@Table(name = "credential_history")
public class CredentialHistoryEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "credential_number", nullable = false)
    public String credentialNumber;

    @Column(nullable = false)
    public String change;

    @Column(name = "effective_at", nullable = false)
    public Instant effectiveAt;

    @Column(nullable = false)
    public String actor;

    public String reason;

    public static List<CredentialHistoryEntry> of(String credentialNumber) {
        return list("credentialNumber = ?1 order by id", credentialNumber);
    }
}

package cn.enforcement.review.readmodel;

import cn.enforcement.platform.events.personnel.CredentialEvent;
import cn.enforcement.platform.events.personnel.CredentialSnapshot;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** An enforcement credential as personnel-service last published it: whose it is and the days it is valid. */
@Entity
@Table(name = "known_credential")
public class KnownCredential extends PanacheEntityBase {

    @Id
    @Column(name = "credential_number")
    public String credentialNumber;

    @Column(name = "officer_id", nullable = false)
    public String officerId;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "effective_at", nullable = false)
    public Instant effectiveAt;

    /**
     * Keeps the latest snapshot; an older one arriving late is ignored. True when what the file checks read of the
     * credential changed: it is new to the register, or its days of validity moved.
     */
    public static boolean published(CredentialEvent event) {
        CredentialSnapshot snapshot = event.credential();
        KnownCredential known = findById(snapshot.credentialNumber());
        boolean changed = known == null || !Objects.equals(known.validFrom, snapshot.validFrom())
                || !Objects.equals(known.validTo, snapshot.validTo());
        if (known == null) {
            known = new KnownCredential();
            known.credentialNumber = snapshot.credentialNumber();
        } else if (known.effectiveAt.isAfter(event.effectiveAt())) {
            return false;
        }
        known.officerId = snapshot.officerId();
        known.agencyCode = snapshot.agencyCode();
        known.validFrom = snapshot.validFrom();
        known.validTo = snapshot.validTo();
        known.effectiveAt = event.effectiveAt();
        known.persist();
        return changed;
    }

    public static List<KnownCredential> numbered(Collection<String> numbers) {
        return numbers.isEmpty() ? List.of() : list("credentialNumber in ?1", numbers);
    }
}

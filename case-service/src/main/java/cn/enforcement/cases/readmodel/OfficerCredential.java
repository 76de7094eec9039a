package cn.enforcement.cases.readmodel;

import cn.enforcement.platform.credentials.CredentialStanding;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Case-service's copy of an enforcement credential, kept from personnel events. */
@Entity
@Table(name = "officer_credential")
public class OfficerCredential extends PanacheEntityBase {

    @Id
    @Column(name = "credential_number")
    public String credentialNumber;

    @Column(name = "officer_id", nullable = false)
    public String officerId;

    @Column(name = "officer_name", nullable = false)
    public String officerName;

    /** The holder's login, so that a caller can be matched to the officer they are. */
    public String username;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    /** ACTIVE, SUSPENDED, REVOKED, CANCELLED or EXPIRED, as personnel-service last published it. */
    @Column(nullable = false)
    public String status;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    public LocalDate validTo;

    @Column(name = "annual_review_overdue", nullable = false)
    public boolean annualReviewOverdue;

    /** The effective time of the last change applied; an older event arriving late changes nothing. */
    @Column(name = "last_event_at", nullable = false)
    public Instant lastEventAt;

    public CredentialStanding standing() {
        return new CredentialStanding(credentialNumber, agencyCode, status, annualReviewOverdue, validFrom, validTo);
    }

    /** What is known here of each of the credentials; an unknown number has no standing. */
    public static List<CredentialStanding> standingsOf(Collection<String> credentialNumbers) {
        return OfficerCredential.<OfficerCredential>list("credentialNumber in ?1", credentialNumbers).stream()
                .map(OfficerCredential::standing).toList();
    }
}

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

    /**
     * Whether the user holds one of the credentials. Native SQL: Hibernate would translate the query with its list
     * parameter anew on every filing.
     */
    public static boolean anyHeldBy(Collection<String> credentialNumbers, String username) {
        return !getEntityManager().createNativeQuery("select 1 from officer_credential where credential_number in (:numbers)"
                + " and username = :username limit 1").setParameter("numbers", credentialNumbers).setParameter("username", username)
                .getResultList().isEmpty();
    }

    /**
     * What is known here of each of the credentials as they stood at the instant: the latest standing in force
     * then, or, for an instant before the first one known, the credential as first issued (its validity period
     * then decides). An unknown number has no standing.
     */
    @SuppressWarnings("unchecked")
    public static List<CredentialStanding> standingsAt(Collection<String> credentialNumbers, Instant at) {
        List<Object[]> rows = getEntityManager().createNativeQuery("select distinct on (credential_number) credential_number,"
                + " agency_code, status, annual_review_overdue, valid_from, valid_to from officer_credential_standing"
                + " where credential_number in (:numbers)"
                + " order by credential_number, effective_at <= :at desc,"
                + " case when effective_at <= :at then effective_at end desc nulls last, effective_at")
                .setParameter("numbers", credentialNumbers).setParameter("at", at).getResultList();
        return rows.stream().map(row -> new CredentialStanding((String) row[0], (String) row[1], (String) row[2], (Boolean) row[3],
                dayOf(row[4]), dayOf(row[5]))).toList();
    }

    /** Keeps a standing, in force from the instant, in the history {@link #standingsAt} reads. */
    static void keepStanding(CredentialStanding standing, Instant effectiveAt) {
        getEntityManager().createNativeQuery("insert into officer_credential_standing (credential_number, effective_at, agency_code,"
                        + " status, annual_review_overdue, valid_from, valid_to) values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict do nothing")
                .setParameter(1, standing.credentialNumber()).setParameter(2, effectiveAt).setParameter(3, standing.agencyCode())
                .setParameter(4, standing.status()).setParameter(5, standing.annualReviewOverdue())
                .setParameter(6, standing.validFrom()).setParameter(7, standing.validTo()).executeUpdate();
    }

    private static LocalDate dayOf(Object column) {
        return column instanceof LocalDate day ? day : ((java.sql.Date) column).toLocalDate();
    }
}

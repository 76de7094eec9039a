package cn.enforcement.disclosure.readmodel;

import cn.enforcement.platform.credentials.CredentialStanding;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One officer as the public sees them before enforcement (事前公示). */
@Entity
@Table(name = "public_officer")
public class PublicOfficer extends PanacheEntityBase {

    @Id
    @Column(name = "officer_id")
    public String officerId;

    @Column(nullable = false)
    public String name;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(nullable = false)
    public String post;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "enforcement_fields", nullable = false)
    public List<String> enforcementFields;

    @Column(name = "credential_number")
    public String credentialNumber;

    @Column(name = "credential_valid_to")
    public LocalDate credentialValidTo;

    @Column(name = "last_event_at", nullable = false)
    public Instant lastEventAt;

    @Column(name = "on_post", nullable = false)
    public boolean onPost = true;

    @Column(name = "credential_status")
    public String credentialStatus;

    @Column(name = "annual_review_overdue", nullable = false)
    public boolean annualReviewOverdue;

    /** The effective time of the credential snapshot held; older snapshots arriving late change nothing. */
    @Column(name = "credential_event_at")
    public Instant credentialEventAt;

    /**
     * The days on which the credential allows acts, from {@link CredentialStanding#actingWindow()};
     * both null when it allows none (suspended, revoked, unreviewed...).
     */
    @Column(name = "acting_from")
    public LocalDate actingFrom;

    @Column(name = "acting_until")
    public LocalDate actingUntil;

    /** The public sees an officer on post whose credential allows acts today (parameter {@code today}). */
    public static final String LISTED = "onPost = true and actingFrom <= :today and actingUntil >= :today";
}

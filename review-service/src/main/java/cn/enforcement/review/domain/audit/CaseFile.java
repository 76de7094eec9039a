package cn.enforcement.review.domain.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A case as its events tell it: whose, whether closed, and with which checks it was last checked. */
@Entity
@Table(name = "case_file")
public class CaseFile extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public String caseId;

    @Column(name = "case_number")
    public String caseNumber;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** The credentials the case's acts named, so that a change in the register reaches the files it concerns. */
    @Column(nullable = false)
    public List<String> credentials = new ArrayList<>();

    /** The {@code FileChecks.version()} of the last check, so that a changed check reaches every closed file. */
    @Column(name = "checked_with")
    public String checkedWith;

    @Column(name = "checked_at")
    public Instant checkedAt;

    public boolean closed() {
        return closedAt != null;
    }

    /** Closed files naming the credential are to be checked again (by {@code FileRecheck}). */
    public static void recheckNaming(String credentialNumber) {
        getEntityManager().createNativeQuery("update case_file set checked_with = null where closed_at is not null "
                + "and credentials @> array[cast(?1 as varchar)]").setParameter(1, credentialNumber).executeUpdate();
    }

    /** Closed files last checked with other checks than {@code version}, oldest closure first. */
    public static List<CaseFile> checkedWithOtherThan(String version, int limit) {
        return CaseFile.<CaseFile>find("closedAt is not null and (checkedWith is null or checkedWith <> ?1) order by closedAt, caseId",
                version).page(0, limit).list();
    }
}

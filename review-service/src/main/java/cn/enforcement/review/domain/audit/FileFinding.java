package cn.enforcement.review.domain.audit;

import cn.enforcement.review.domain.filecheck.Finding;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A finding of the automated checks in one closed file, as the last check left it. */
@Entity
@Table(name = "file_finding")
public class FileFinding extends PanacheEntityBase {

    @Id
    @Column(name = "finding_id")
    public String findingId;

    @Column(name = "case_id", nullable = false)
    public String caseId;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "check_name", nullable = false)
    public String checkName;

    @Column(nullable = false)
    public String grade;

    @Column(nullable = false)
    public String basis;

    @Column(nullable = false)
    public String description;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Finding.Cited> evidence;

    @Column(name = "found_at", nullable = false)
    public Instant foundAt;

    static FileFinding of(CaseFile file, Finding finding, Instant now) {
        FileFinding row = new FileFinding();
        row.findingId = UUID.randomUUID().toString();
        row.caseId = file.caseId;
        row.agencyCode = file.agencyCode;
        row.regionCode = file.regionCode;
        row.checkName = finding.check();
        row.grade = finding.grade().name();
        row.basis = finding.basis();
        row.description = finding.description().length() > 2000 ? finding.description().substring(0, 2000) : finding.description();
        row.evidence = finding.evidence();
        row.foundAt = now;
        return row;
    }

    public static List<FileFinding> ofCase(String caseId) {
        return list("caseId = ?1 order by checkName, findingId", caseId);
    }
}

package cn.enforcement.disclosure.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An agency's annual statistics (统计年报) of a year: a draft counted live until published, then frozen. */
@Entity
@Table(name = "annual_report")
@IdClass(AnnualReport.Key.class)
public class AnnualReport extends PanacheEntityBase {

    public record Key(String agencyCode, int year) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "agency_code")
    public String agencyCode;

    @Id
    public int year;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @JdbcTypeCode(SqlTypes.JSON)
    public AnnualFigures figures;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "overdue_published_at")
    public Instant overduePublishedAt;

    public static AnnualReport of(String agencyCode, int year) {
        return findById(new Key(agencyCode, year));
    }
}

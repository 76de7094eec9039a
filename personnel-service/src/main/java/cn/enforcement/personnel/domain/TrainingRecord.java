package cn.enforcement.personnel.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A completed training course (培训) with its hours. */
@Entity
@Table(name = "training_record")
public class TrainingRecord extends PanacheEntityBase {

    @Schema(name = "TrainingKind", description = "What an officer trained in (seed 001: at least 60 hours of legal and professional training a year)")
    public enum Kind {
        @Schema(description = "法律知识培训: legal training")
        LEGAL,
        @Schema(description = "业务培训: professional training")
        PROFESSIONAL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "officer_id", nullable = false)
    public String officerId;

    @Column(nullable = false)
    public String course;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false, precision = 5, scale = 1)
    public BigDecimal hours;

    @Column(name = "completed_on", nullable = false)
    public LocalDate completedOn;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static List<TrainingRecord> ofYear(String officerId, int year) {
        return list("officerId = ?1 and completedOn >= ?2 and completedOn <= ?3 order by completedOn",
                officerId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static BigDecimal hoursOf(String officerId, int year) {
        return ofYear(officerId, year).stream().map(r -> r.hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

package cn.enforcement.personnel.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A qualification exam (执法资格考试) taken by an officer. */
@Entity
@Table(name = "exam_result")
public class ExamResult extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "officer_id", nullable = false)
    public String officerId;

    @Column(name = "exam_date", nullable = false)
    public LocalDate examDate;

    @Column(nullable = false, precision = 5, scale = 1)
    public BigDecimal score;

    @Column(nullable = false)
    public boolean passed;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static List<ExamResult> of(String officerId) {
        return list("officerId = ?1 order by examDate", officerId);
    }

    public static Optional<LocalDate> lastPassedOn(String officerId) {
        return of(officerId).stream().filter(r -> r.passed).map(r -> r.examDate).reduce((a, b) -> b);
    }
}

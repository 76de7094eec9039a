package cn.enforcement.personnel.domain;

import cn.enforcement.platform.time.BeijingTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Training courses and qualification exams of officers. */
@ApplicationScoped
@Transactional
public class TrainingLedger {

    private final Clock clock;
    private final TrainingRequirement requirement;
    private final CredentialEligibility eligibility;

    TrainingLedger(Clock clock, PersonnelRules rules) {
        this.clock = clock;
        this.requirement = new TrainingRequirement(rules.yearlyTrainingHours());
        this.eligibility = new CredentialEligibility(requirement, rules.examPassMark(), rules.examValidity());
    }

    public record YearSummary(int year, BigDecimal hours, BigDecimal required, BigDecimal shortfall, List<TrainingRecord> courses) {
    }

    public TrainingRecord recordTraining(Officer officer, String course, TrainingRecord.Kind kind, BigDecimal hours,
            LocalDate completedOn) {
        TrainingRecord record = new TrainingRecord();
        record.officerId = officer.officerId;
        record.course = course;
        record.kind = kind;
        record.hours = hours;
        record.completedOn = completedOn;
        record.recordedAt = clock.instant();
        record.persist();
        return record;
    }

    public ExamResult recordExam(Officer officer, LocalDate examDate, BigDecimal score) {
        ExamResult result = new ExamResult();
        result.officerId = officer.officerId;
        result.examDate = examDate;
        result.score = score;
        result.passed = eligibility.passes(score);
        result.recordedAt = clock.instant();
        result.persist();
        return result;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public YearSummary summary(Officer officer, int year) {
        List<TrainingRecord> courses = TrainingRecord.ofYear(officer.officerId, year);
        BigDecimal hours = courses.stream().map(r -> r.hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new YearSummary(year, hours, requirement.yearlyHours(), requirement.shortfall(hours), courses);
    }

    public record Shortfall(Officer officer, YearSummary year) {
    }

    /** Officers whose pace so far leaves them short of the yearly minimum by year end. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Shortfall> fallingShort(List<Officer> officers) {
        LocalDate today = BeijingTime.today(clock);
        return officers.stream()
                .map(officer -> new Shortfall(officer, summary(officer, today.getYear())))
                .filter(shortfall -> requirement.fallsShortAtCurrentPace(shortfall.year().hours(), today))
                .toList();
    }
}

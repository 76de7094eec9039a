package cn.enforcement.personnel.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * A credential is issued only after qualification training and a passed qualification exam
 * (seeds 000, 001, 003): the year's training minimum reached in the year of issue or the year
 * before, and a passed exam no older than the exam validity.
 */
public final class CredentialEligibility {

    private final TrainingRequirement training;
    private final BigDecimal passMark;
    private final Period examValidity;

    public CredentialEligibility(TrainingRequirement training, BigDecimal passMark, Period examValidity) {
        this.training = training;
        this.passMark = passMark;
        this.examValidity = examValidity;
    }

    public boolean passes(BigDecimal score) {
        return score.compareTo(passMark) >= 0;
    }

    /**
     * Refuses the issue, naming what is missing.
     *
     * @param hoursThisYear training hours completed in the year of issue
     * @param hoursLastYear training hours completed in the year before
     * @param lastPassedExam the date of the latest passed qualification exam, if any
     */
    public void requireQualified(LocalDate issueDate, BigDecimal hoursThisYear, BigDecimal hoursLastYear,
            Optional<LocalDate> lastPassedExam) {
        if (lastPassedExam.isEmpty()) {
            throw PersonnelProblem.QUALIFICATION_EXAM_NOT_PASSED.refuse(
                    "未通过执法资格考试: the officer has no passed qualification exam", "seed 001; seed 003");
        }
        if (lastPassedExam.get().plus(examValidity).isBefore(issueDate)) {
            throw PersonnelProblem.QUALIFICATION_EXAM_TOO_OLD.refuse(
                    "the last passed exam (" + lastPassedExam.get() + ") is older than " + examValidity, "seed 001; seed 003");
        }
        if (!training.isMet(hoursThisYear) && !training.isMet(hoursLastYear)) {
            throw PersonnelProblem.QUALIFICATION_TRAINING_INCOMPLETE.refuse(
                    "未完成执法资格培训: " + hoursThisYear.max(hoursLastYear).stripTrailingZeros().toPlainString()
                            + " of " + training.yearlyHours().stripTrailingZeros().toPlainString() + " hours in the year of issue or the year before",
                    "seed 001 (每年不少于60学时)");
        }
    }
}

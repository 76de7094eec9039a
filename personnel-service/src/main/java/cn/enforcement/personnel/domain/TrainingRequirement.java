package cn.enforcement.personnel.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The yearly training every officer needs (seed 001: at least 60 hours of legal and professional
 * training a year; the number is configuration).
 */
public final class TrainingRequirement {

    private final BigDecimal yearlyHours;

    public TrainingRequirement(BigDecimal yearlyHours) {
        this.yearlyHours = yearlyHours;
    }

    public BigDecimal yearlyHours() {
        return yearlyHours;
    }

    /** Hours still missing this year; zero once the minimum is reached. */
    public BigDecimal shortfall(BigDecimal hoursThisYear) {
        BigDecimal missing = yearlyHours.subtract(hoursThisYear);
        return missing.signum() > 0 ? missing : BigDecimal.ZERO;
    }

    public boolean isMet(BigDecimal hoursThisYear) {
        return shortfall(hoursThisYear).signum() == 0;
    }

    /**
     * Whether the officer will fall short by year end at the pace kept so far: hours so far,
     * extrapolated over the whole year from the day of the year reached.
     */
    public boolean fallsShortAtCurrentPace(BigDecimal hoursSoFar, LocalDate today) {
        if (isMet(hoursSoFar)) {
            return false;
        }
        long daysInYear = today.lengthOfYear();
        long daysPassed = ChronoUnit.DAYS.between(today.withDayOfYear(1), today) + 1;
        BigDecimal projected = hoursSoFar.multiply(BigDecimal.valueOf(daysInYear))
                .divide(BigDecimal.valueOf(daysPassed), 2, java.math.RoundingMode.HALF_UP);
        return projected.compareTo(yearlyHours) < 0;
    }
}

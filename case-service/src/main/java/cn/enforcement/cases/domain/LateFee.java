package cn.enforcement.cases.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * PL 72: a fine not paid by its due date accrues a late fee of 3 % of the fine per day, never more
 * than the fine itself; days while reconsideration or a lawsuit is pending do not count.
 */
public final class LateFee {

    private final BigDecimal ratePerDay;

    public LateFee(BigDecimal ratePerDay) {
        this.ratePerDay = ratePerDay;
    }

    public BigDecimal on(BigDecimal fine, LocalDate dueDate, LocalDate paidOn, long daysSuspendedByRemedies) {
        long lateDays = Math.max(0, ChronoUnit.DAYS.between(dueDate, paidOn) - daysSuspendedByRemedies);
        BigDecimal fee = fine.multiply(ratePerDay).multiply(BigDecimal.valueOf(lateDays)).setScale(2, RoundingMode.HALF_UP);
        return fee.min(fine);
    }
}

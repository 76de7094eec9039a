package cn.enforcement.cases.domain;

import java.time.LocalDate;

/**
 * PL 60: the decision is made within 90 days of filing (立案); the head may extend the period
 * (configurable: one extension of 30 days). A decision on the last day is in time. The numbers are
 * {@code cases.decision-days}, {@code cases.extension-days} and {@code cases.max-extensions}.
 */
public final class DecisionTimeLimit {

    private DecisionTimeLimit() {
    }

    public static LocalDate lastDay(LocalDate filedOn, int days, int extensions, int extensionDays) {
        return filedOn.plusDays(days + (long) extensions * extensionDays);
    }

    public static void requireWithin(LocalDate today, LocalDate lastDay) {
        if (today.isAfter(lastDay)) {
            throw CaseProblem.DECISION_TIME_LIMIT_PASSED.refuse(
                    "应当在立案后的法定期限内作出决定: the period ended " + lastDay + "; an extension needs the head's approval",
                    "PL 60");
        }
    }
}

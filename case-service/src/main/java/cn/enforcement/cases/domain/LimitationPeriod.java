package cn.enforcement.cases.domain;

import java.time.LocalDate;

/**
 * PL 36: a violation not discovered within two years is not penalised (five years where life,
 * health or financial safety was harmed), counted from the act, or from its end if continuing.
 * Filing on the last day of the period is still in time.
 */
public final class LimitationPeriod {

    private final int years;
    private final int yearsForHarm;

    public LimitationPeriod(int years, int yearsForHarm) {
        this.years = years;
        this.yearsForHarm = yearsForHarm;
    }

    public LocalDate lastDay(LocalDate actOrItsEnd, boolean harmedLifeHealthOrFinance) {
        return actOrItsEnd.plusYears(harmedLifeHealthOrFinance ? yearsForHarm : years);
    }

    public void requireWithin(LocalDate actOrItsEnd, boolean harmedLifeHealthOrFinance, LocalDate filedOn) {
        LocalDate lastDay = lastDay(actOrItsEnd, harmedLifeHealthOrFinance);
        if (filedOn.isAfter(lastDay)) {
            throw CaseProblem.LIMITATION_PERIOD_EXPIRED.refuse(
                    "违法行为在" + (harmedLifeHealthOrFinance ? yearsForHarm : years) + "年内未被发现的，不再给予行政处罚: "
                            + "the act of " + actOrItsEnd + " could be penalised until " + lastDay, "PL 36");
        }
    }
}

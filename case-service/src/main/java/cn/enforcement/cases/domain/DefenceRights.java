package cn.enforcement.cases.domain;

import java.time.LocalDate;

/**
 * The party's rights between notice and decision (PL 44, 45, 62, 63, 64): the decision waits until
 * the statement period, and where a hearing may be asked for, the hearing-request period, are over
 * or waived in writing; a requested hearing is held (or defaulted) first; and what is decided is
 * never heavier than what was notified.
 */
public final class DefenceRights {

    private DefenceRights() {
    }

    /** A period ends with its last day: the decision may come the day after, unless waived. */
    public static void requirePeriodOver(CaseProblem period, String what, LocalDate lastDay, boolean waived, LocalDate today,
            String legalBasis) {
        if (!waived && !today.isAfter(lastDay)) {
            throw period.refuse(
                    "当事人" + what + "期限未届满: the period runs until " + lastDay + " and was not waived in writing", legalBasis);
        }
    }

    /** The party is notified of the hearing at least the given days before the day it is held (PL 64: 七日前). */
    public static void requireHearingNotifiedInTime(LocalDate notifiedOn, LocalDate heldOn, int noticeDays) {
        if (notifiedOn.plusDays(noticeDays).isAfter(heldOn)) {
            throw CaseProblem.HEARING_NOTICE_TOO_SHORT.refuse(
                    "应当在举行听证的" + noticeDays + "日前通知当事人: notified " + notifiedOn + ", held " + heldOn, "PL 64");
        }
    }

    public static void requireHearingSettled(boolean requested, boolean heldOrDefaulted) {
        if (requested && !heldOrDefaulted) {
            throw CaseProblem.HEARING_NOT_HELD.refuse(
                    "当事人要求听证的，应当组织听证: hold the hearing (or record the party's default) before deciding", "PL 63, 64");
        }
    }

    public static void requireNotHeavier(Penalty decided, Penalty notified) {
        if (decided.isHeavierThan(notified)) {
            throw CaseProblem.PENALTY_HEAVIER_THAN_NOTIFIED.refuse("行政机关不得因当事人陈述、申辩而给予更重的处罚: notified " + notified.kind() + " "
                            + notified.amount().toPlainString() + ", decided " + decided.kind() + " " + decided.amount().toPlainString(),
                    "PL 45");
        }
    }
}

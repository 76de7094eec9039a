package cn.enforcement.cases.domain.preservation;

import cn.enforcement.cases.domain.CaseProblem;
import java.time.LocalDate;

/**
 * 先行登记保存 lasts 7 working days (PL 56; "七日" counts working days, PL 85): the agency decides what to do with the
 * evidence by the last day. Past it the measure has lifted by itself, and all that is left to record is the release.
 */
public final class PreservationPeriod {

    private PreservationPeriod() {
    }

    public static boolean lapsed(LocalDate lastDay, LocalDate today) {
        return today.isAfter(lastDay);
    }

    public static void requireHandlingAllowed(PreservationHandling handling, LocalDate lastDay, LocalDate today) {
        if (lapsed(lastDay, today) && handling != PreservationHandling.RELEASE) {
            throw CaseProblem.EVIDENCE_PRESERVATION_LAPSED.refuse("先行登记保存应当在七日内作出处理决定: the last day was " + lastDay
                    + "; the preservation has lifted, record its release", "PL 56, 85");
        }
    }
}

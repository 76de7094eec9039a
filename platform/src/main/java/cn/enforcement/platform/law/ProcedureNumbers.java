package cn.enforcement.platform.law;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/**
 * The numbers of the penalty procedure that more than one service applies: case-service runs the procedure by them
 * and review-service checks closed files against them, so both read them here and a province sets each once
 * ({@code law.*}, e.g. {@code LAW_DECISION_DAYS}). Numbers only one service applies stay in its own rules.
 */
@ConfigMapping(prefix = "law")
public interface ProcedureNumbers {

    /** PL 60: a general-procedure decision within this many days of filing, unless a law sets another period. */
    @WithDefault("90")
    int decisionDays();

    /** PL 61: a decision not handed over on the spot is served within this many days. */
    @WithDefault("7")
    int serviceDays();

    /** PL 63: the province's large fine (较大数额罚款) for an individual, which gives the right to a hearing. */
    @WithDefault("10000")
    BigDecimal largeFineIndividual();

    /** ...and for an organisation. */
    @WithDefault("100000")
    BigDecimal largeFineOrganisation();

    /** The hearing rights these thresholds give. */
    default HearingRights hearingRights() {
        return new HearingRights(largeFineIndividual(), largeFineOrganisation());
    }
}

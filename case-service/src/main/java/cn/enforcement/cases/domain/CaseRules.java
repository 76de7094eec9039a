package cn.enforcement.cases.domain;

import cn.enforcement.platform.law.LegalReviewRequirement;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * The numbers of the penalty procedure (docs/rules-of-law.md). Those a province sets (large-fine thresholds,
 * statement period, extension) differ by province and are set in configuration ({@code cases.*});
 * the statutory ones are here too so that every rule reads its number from one place. Those review-service applies
 * too (the decision and service periods, the large fines) are the platform's {@code ProcedureNumbers}.
 */
@ConfigMapping(prefix = "cases")
public interface CaseRules {

    /**
     * TR 62-63: the head decides on filing (立案) within this many working days of the filing request.
     * The law leaves the number to the province and gives no default, so none is watched unless set.
     */
    Optional<Integer> filingApprovalWorkingDays();

    /** PL 51: the summary procedure covers fines up to 200 yuan for an individual... */
    @WithDefault("200")
    BigDecimal summaryFineLimitIndividual();

    /** ...and up to 3,000 yuan for an organisation. */
    @WithDefault("3000")
    BigDecimal summaryFineLimitOrganisation();

    /** PL 44-45: the party's statement and defence period after the notice, in working days. */
    @WithDefault("3")
    int statementWorkingDays();

    /** PL 64: a hearing is asked for within 5 working days of the notice. */
    @WithDefault("5")
    int hearingRequestWorkingDays();

    /** PL 64: the hearing is notified 7 days ahead. */
    @WithDefault("7")
    int hearingNoticeDays();

    /** PL 56, 85: preserved evidence (先行登记保存) is handled within 7 working days of the head's approval. */
    @WithDefault("7")
    int preservationHandlingWorkingDays();

    /** PL 60: the decision period ({@code law.decision-days}, ProcedureNumbers) extended with the head's approval, by this many days, this many times. */
    @WithDefault("30")
    int extensionDays();

    @WithDefault("1")
    int maxExtensions();

    /** PL 67: the party pays within 15 days of service. */
    @WithDefault("15")
    int paymentDays();

    /** PL 72: the late fee per day, as a fraction of the fine; never more than the fine itself. */
    @WithDefault("0.03")
    BigDecimal lateFeeRatePerDay();

    /** TR 61: a summary decision is filed with the agency within 5 (working) days. */
    @WithDefault("5")
    int summaryFilingWorkingDays();

    /** PL 36: the limitation period in years... */
    @WithDefault("2")
    int limitationYears();

    /** ...and where life, health or financial safety was harmed. */
    @WithDefault("5")
    int limitationYearsForHarm();

    /** PL 68: fines collectable on the spot. */
    @WithDefault("100")
    BigDecimal onTheSpotCollectionLimit();

    /** PL 71: days within which a fine collected on the spot reaches the agency. */
    @WithDefault("2")
    int collectionHandoverDays();

    /**
     * PL 57 ¶2: which reasons for legal review also make the case one the heads decide in collective
     * discussion (情节复杂或者重大违法行为). By default the same list as legal review.
     */
    @WithDefault("LICENCE_REVOCATION,STOP_PRODUCTION_OR_BUSINESS,LARGE_FINE,AFTER_HEARING,COMPLEX_CASE,OUTSIDE_DISCRETION_RANGE")
    Set<LegalReviewRequirement.Reason> collectiveDiscussionFor();

    /** Days before a deadline when a case turns yellow. */
    @WithDefault("2")
    int deadlineWarningDays();

    /** How far ahead of the server's clock a device's clock may run when it dates an act (ActTiming). */
    @WithDefault("PT5M")
    Duration actClockSkew();

    /** How long an act performed offline may wait to be recorded (ActTiming). */
    @WithDefault("P15D")
    Duration actOfflineWindow();
}

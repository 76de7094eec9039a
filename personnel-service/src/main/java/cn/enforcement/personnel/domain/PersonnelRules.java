package cn.enforcement.personnel.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.MonthDay;
import java.time.Period;

/**
 * The numbers a province may set (docs/rules-of-law.md), with their defaults. Provinces set their own in
 * configuration ({@code personnel.*}); the rules read them from here, never inline.
 */
@ConfigMapping(prefix = "personnel")
public interface PersonnelRules {

    /** Legal and professional training each officer needs a year (seed 001): 60 hours. */
    @WithDefault("60")
    BigDecimal yearlyTrainingHours();

    /** Pass mark of the qualification exam, out of 100. */
    @WithDefault("60")
    BigDecimal examPassMark();

    /** How long a passed qualification exam qualifies an officer for a credential. */
    @WithDefault("P2Y")
    Period examValidity();

    /** The date by which the previous year's annual review (年审) must have passed. */
    @WithDefault("--03-31")
    MonthDay annualReviewDue();
}

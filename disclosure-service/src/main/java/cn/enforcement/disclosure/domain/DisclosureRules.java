package cn.enforcement.disclosure.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.MonthDay;
import java.time.Period;
import java.util.Set;

/** The periods of disclosure and the agency policy of what is published ({@code disclosure.*}). */
@ConfigMapping(prefix = "disclosure")
public interface DisclosureRules {

    /** Seed 002: a penalty decision is published within 7 working days of the decision. */
    @WithDefault("7")
    int publicationWorkingDays();

    /** PL 48: a revoked or changed decision is withdrawn within 3 working days (PL 85). */
    @WithDefault("3")
    int withdrawalWorkingDays();

    /** Calendar days before a due date when a record turns yellow. */
    @WithDefault("2")
    int warningDays();

    /** Which procedures' decisions are published (agency policy)... */
    @WithDefault("GENERAL")
    Set<String> publishedProcedures();

    /** ...for which parties... */
    @WithDefault("INDIVIDUAL,ORGANISATION")
    Set<String> publishedPartyTypes();

    /** ...and which penalty kinds. */
    @WithDefault("WARNING,FINE,CONFISCATION,LICENCE_SUSPENSION,ORDER_TO_STOP_PRODUCTION_OR_BUSINESS,LICENCE_REVOCATION")
    Set<String> publishedPenaltyKinds();

    /** The annual statistics of a year are published by this day of the next year (统计年报), else flagged. */
    @WithDefault("--01-31")
    MonthDay annualReportDue();

    /** The plates of the agency's own vehicles, which published texts may name (e.g. 吉A·J0123警); none by default. */
    java.util.Optional<Set<String>> publicPlates();

    /** How long a published decision stays on the public listing (公示期限); the archive keeps it after. */
    @WithDefault("P3Y")
    Period displayPeriod();
}

package cn.enforcement.disclosure.domain;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The figures of an agency's annual statistics (统计年报) for a year: cases filed and decided by procedure,
 * decisions by penalty kind and violation item, fine totals, no-penalty decisions, transfers to the judiciary,
 * reconsiderations and lawsuits by outcome, and how timely decisions were disclosed.
 */
public record AnnualFigures(
        long casesFiled,
        Map<String, Long> filedByProcedure,
        long decisions,
        Map<String, Long> decisionsByProcedure,
        Map<String, Long> decisionsByPenaltyKind,
        Map<String, Long> decisionsByViolationItem,
        BigDecimal fineTotal,
        long noPenaltyDecisions,
        long transfersToJudiciary,
        long decisionsRevoked,
        Map<String, Map<String, Long>> remediesByKindAndOutcome,
        long disclosuresDue,
        long disclosedOnTime,
        long disclosedLateOrNotYet) {
}

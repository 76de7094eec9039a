package cn.enforcement.review.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Complaints received in a period, counted by agency, officer (credential), violation item and subject; those at or
 * above the high-frequency mark are the high-frequency matters (高频投诉事项) to act on.
 */
public record ComplaintAnalysis(LocalDate from, LocalDate to, long total, long answered, long overdue, int highFrequencyAt,
        List<Count> byAgency, List<Count> byOfficer, List<Count> byViolationItem, List<Count> bySubject, List<Count> highFrequency) {

    /** How many complaints name a value of a dimension (e.g. agency 220100001). */
    public record Count(String dimension, String value, long complaints) {
    }
}

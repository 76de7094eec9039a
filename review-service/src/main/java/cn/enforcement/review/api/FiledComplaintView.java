package cn.enforcement.review.api;

import java.time.LocalDate;

/** What the complainant keeps: the tracking number and the secret to follow it (shown this once), and the last day for an answer. */
public record FiledComplaintView(String trackingNumber, String secret, LocalDate dueOn) {
}

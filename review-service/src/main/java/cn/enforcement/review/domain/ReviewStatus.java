package cn.enforcement.review.domain;

/** Where a round of legal review stands. */
public enum ReviewStatus {
    /** Received, waiting for a reviewer. */
    PENDING,
    /** A reviewer of the legal office has it. */
    IN_REVIEW,
    /** The reviewer gave the outcome and opinion. */
    CONCLUDED,
    /** A newer request for the same case replaced it before it was concluded. */
    SUPERSEDED
}

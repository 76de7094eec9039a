package cn.enforcement.review.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** The numbers and choices of legal review a province sets ({@code review.*}). */
@ConfigMapping(prefix = "review")
public interface ReviewRules {

    /** The review is concluded within this many working days of receipt (seed 002 leaves it to the province). */
    @WithDefault("5")
    int deadlineWorkingDays();

    /** Calendar days before the last day when a review turns yellow. */
    @WithDefault("1")
    int warningDays();

    /** PL 57 ¶2: how many heads at least take part in a collective discussion. */
    @WithDefault("3")
    int collectiveDiscussionQuorum();

    /**
     * Bodies whose legal office reviews for another agency, as {@code caseAgency:reviewingAgency}
     * (e.g. a county agency reviewed by the city's legal office). Otherwise reviewers are of the case's agency.
     */
    Optional<List<String>> reviewingBodies();

    /** Working days within which a complaint or report is answered, from the day it was received (seed 001). */
    @WithDefault("15")
    int complaintAnswerWorkingDays();

    /** The content types a complainant may attach (as the file's bytes say; the evidence store checks them on arrival). */
    List<String> complaintAttachmentTypes();

    /** The largest file a complainant may attach, in bytes. */
    long complaintAttachmentMaxBytes();

    /** How many complaints about the same agency, officer, violation item or subject make it a high-frequency one (高频投诉事项). */
    @WithDefault("3")
    int complaintHighFrequencyAt();

    /** A file scoring at least this is excellent (优秀); the province sets it with the rubric. */
    @WithDefault("90")
    int evaluationExcellentAt();

    /** A file scoring at least this passes (合格); below it fails and goes on the agency's ledger. */
    @WithDefault("60")
    int evaluationPassAt();

    /** Calendar days an agency has to rectify a problem the automated checks put on its ledger (seed 001: 限期整改). */
    @WithDefault("30")
    int ledgerRectificationDays();
}

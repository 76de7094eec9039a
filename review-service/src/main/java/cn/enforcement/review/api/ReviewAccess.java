package cn.enforcement.review.api;

import cn.enforcement.problem.ProblemException;
import cn.enforcement.platform.security.AgencyScope;
import cn.enforcement.platform.security.Roles;
import cn.enforcement.review.domain.LegalReview;
import cn.enforcement.review.domain.ReviewAccessLog;
import cn.enforcement.review.domain.ReviewProblem;
import cn.enforcement.review.readmodel.KnownOfficer;
import jakarta.enterprise.context.RequestScoped;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * Who may see and act on a review: the legal office and heads of the case's agency, the assigned reviewer
 * (who may be of a body reviewing for it), supervisors reading within their region. Every access is logged.
 */
@RequestScoped
public class ReviewAccess {

    private static final Set<String> AGENCY_READERS = Set.of(Roles.LEGAL_REVIEWER, Roles.AGENCY_HEAD);

    private final AgencyScope scope;
    private final Clock clock;

    ReviewAccess(AgencyScope scope, Clock clock) {
        this.scope = scope;
        this.clock = clock;
    }

    public LegalReview forRead(String reviewId) {
        LegalReview review = find(reviewId);
        if (!isAssignedReviewer(review)) {
            scope.requireRead(review.agencyCode, review.regionCode, AGENCY_READERS, () -> unknown(reviewId));
        }
        log(review, "READ_FILE");
        return review;
    }

    /** Assignment and disputes are the agency's own: its legal office or its heads. */
    public LegalReview forAgencyAct(String reviewId, String action) {
        LegalReview review = find(reviewId);
        scope.requireOwnAgency(review.agencyCode, review.regionCode, () -> unknown(reviewId));
        log(review, action);
        return review;
    }

    public LegalReview forReviewerAct(String reviewId) {
        LegalReview review = find(reviewId);
        if (!isAssignedReviewer(review)) {
            scope.requireOwnAgency(review.agencyCode, review.regionCode, () -> unknown(reviewId));
        }
        log(review, "CONCLUDE");
        return review;
    }

    public Optional<KnownOfficer> caller() {
        return KnownOfficer.byUsername(scope.username());
    }

    public String actor() {
        return scope.actor();
    }

    public AgencyScope scope() {
        return scope;
    }

    private boolean isAssignedReviewer(LegalReview review) {
        return review.reviewerId != null && caller().map(c -> c.officerId.equals(review.reviewerId)).orElse(false);
    }

    private void log(LegalReview review, String action) {
        ReviewAccessLog.write(review.reviewId, actor(), action, clock.instant());
    }

    private static LegalReview find(String reviewId) {
        LegalReview review = reviewId == null || reviewId.length() > 36 ? null : LegalReview.findById(reviewId);
        if (review == null) {
            throw unknown(reviewId);
        }
        return review;
    }

    private static ProblemException unknown(String reviewId) {
        return ReviewProblem.REVIEW_NOT_FOUND.refuse("no review " + reviewId);
    }
}

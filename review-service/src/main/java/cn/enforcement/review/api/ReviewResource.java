package cn.enforcement.review.api;

import cn.enforcement.platform.idempotency.IdempotentCommand;
import cn.enforcement.platform.security.Roles;
import cn.enforcement.platform.security.ScopedQuery;
import cn.enforcement.platform.time.BeijingTime;
import cn.enforcement.review.domain.LegalReview;
import cn.enforcement.review.domain.LegalReviewDesk;
import cn.enforcement.review.domain.ReviewProblem;
import cn.enforcement.review.domain.ReviewStatus;
import cn.enforcement.review.readmodel.KnownOfficer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Legal review of major decisions (法制审核, PL 58; seed 002): the agency's queue with each review's last day,
 * the review file, assignment to an eligible reviewer, the conclusion on the ten points, the handling
 * unit's dispute and the heads' collective discussion (PL 57 ¶2).
 */
@Tag(name = "reviews")
@Path("/api/v1/reviews")
@Transactional
public class ReviewResource {

    private final LegalReviewDesk desk;
    private final ReviewAccess access;
    private final Clock clock;

    ReviewResource(LegalReviewDesk desk, ReviewAccess access, Clock clock) {
        this.desk = desk;
        this.access = access;
        this.clock = clock;
    }

    /** The queue: the agency's reviews (a supervisor's: the region's), soonest due first; or one case's rounds. */
    @Operation(operationId = "listReviews", summary = "The review queue, soonest due first (法制审核)")
    @GET
    @RolesAllowed({Roles.LEGAL_REVIEWER, Roles.AGENCY_HEAD, Roles.SUPERVISOR})
    public List<ReviewView> queue(@QueryParam("status") String status, @QueryParam("caseId") String caseId,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        ScopedQuery query = ScopedQuery.readableBy(access.scope())
                .where("status", FilterValue.named(ReviewStatus.class, status, ReviewProblem.REVIEW_STATUS_UNKNOWN))
                .where("caseId", caseId);
        return LegalReview.<LegalReview>find(query.orderedBy("dueOn, reviewId"), query.parameters()).page(0, limit).list().stream()
                .map(r -> ReviewView.summary(r, desk.deadline(), BeijingTime.today(clock))).toList();
    }

    /** The qualified, serving reviewers of the caller's agency, to choose from when assigning. */
    @Operation(operationId = "listReviewers", summary = "The qualified reviewers of your agency",
            description = "The legal reviewers of the caller's agency who are on post and hold the legal professional "
                    + "qualification a first-time reviewer needs (PL 58 ¶2); one of them is assigned a review.")
    @GET
    @Path("/reviewers")
    @RolesAllowed({Roles.LEGAL_REVIEWER, Roles.AGENCY_HEAD})
    public List<ReviewerView> reviewers() {
        return KnownOfficer.<KnownOfficer>list("agencyCode = ?1 and onPost = true and qualified = true order by name",
                access.scope().agencyCode()).stream().map(ReviewerView::of).toList();
    }

    /** One review with its file; every read is access-logged. */
    @Operation(operationId = "getReview", summary = "One review with its file")
    @GET
    @Path("/{reviewId}")
    @RolesAllowed({Roles.LEGAL_REVIEWER, Roles.AGENCY_HEAD, Roles.SUPERVISOR})
    public ReviewView read(@PathParam("reviewId") String reviewId) {
        return full(access.forRead(reviewId));
    }

    @Operation(operationId = "assignReviewer", summary = "Assign the review to a qualified reviewer")
    @POST
    @Path("/{reviewId}/assignment")
    @RolesAllowed({Roles.LEGAL_REVIEWER, Roles.AGENCY_HEAD})
    @IdempotentCommand
    public RestResponse<ReviewView> assign(@PathParam("reviewId") String reviewId, @Valid @NotNull AssignmentInput body) {
        return act(access.forAgencyAct(reviewId, "ASSIGN"), r -> desk.assign(r, body.reviewerId()));
    }

    @Operation(operationId = "concludeReview", summary = "Conclude the review on its ten points (PL 58)")
    @POST
    @Path("/{reviewId}/conclusion")
    @RolesAllowed(Roles.LEGAL_REVIEWER)
    @IdempotentCommand
    public RestResponse<ReviewView> conclude(@PathParam("reviewId") String reviewId, @Valid @NotNull ConclusionInput body) {
        return act(access.forReviewerAct(reviewId), r -> desk.conclude(r, access.caller().orElse(null), body.outcome(), body.answers(),
                body.opinion(), body.toSupplement()));
    }

    /** The handling unit (its officers on the case, or the head) disputes a review that did not approve. */
    @Operation(operationId = "disputeReview", summary = "Dispute a review that did not approve")
    @POST
    @Path("/{reviewId}/dispute")
    @RolesAllowed({Roles.OFFICER, Roles.AGENCY_HEAD})
    @IdempotentCommand
    public RestResponse<ReviewView> dispute(@PathParam("reviewId") String reviewId, @Valid @NotNull DisputeInput body) {
        LegalReview review = access.forAgencyAct(reviewId, "DISPUTE");
        if (!access.scope().hasRole(Roles.AGENCY_HEAD)) {
            String officerId = access.caller().map(o -> o.officerId).orElse(null);
            if (!review.handlingOfficerIds.contains(officerId)) {
                throw ReviewProblem.NOT_A_HANDLING_OFFICER.refuse(
                        "only the case's handling officers or the head dispute its review");
            }
        }
        return act(review, r -> desk.dispute(r, body.reason()));
    }

    @Operation(operationId = "recordCollectiveDiscussion", summary = "Record the heads' collective discussion (集体讨论, PL 57)")
    @POST
    @Path("/{reviewId}/collective-discussion")
    @RolesAllowed(Roles.AGENCY_HEAD)
    @IdempotentCommand
    public RestResponse<ReviewView> discuss(@PathParam("reviewId") String reviewId, @Valid @NotNull DiscussionInput body) {
        return act(access.forAgencyAct(reviewId, "COLLECTIVE_DISCUSSION"), r -> desk.discuss(r, body.heldOn(), body.heads(),
                body.forDecision(), body.conclusion(), body.dissent(), access.actor()));
    }

    private RestResponse<ReviewView> act(LegalReview review, Consumer<LegalReview> act) {
        act.accept(review);
        LegalReview.getEntityManager().flush();
        return RestResponse.ok(full(review));
    }

    private ReviewView full(LegalReview review) {
        return ReviewView.full(review, desk.deadline(), BeijingTime.today(clock));
    }
}

package cn.enforcement.review.api;

import cn.enforcement.review.domain.ReviewProblem;
import cn.enforcement.review.domain.complaint.Complaint;
import cn.enforcement.review.domain.complaint.ComplaintDesk;
import cn.enforcement.review.domain.complaint.TrackingNumbers;
import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Complaints and reports from the public (投诉举报), without a token: filed, then followed with the tracking number and
 * the secret given at filing (header {@code X-Complaint-Secret}). An unknown number and a wrong secret answer alike.
 */
@Tag(name = "public")
@Path("/public/v1/complaints")
@PermitAll
@Transactional
public class PublicComplaintResource {

    static final String SECRET_HEADER = "X-Complaint-Secret";

    private final ComplaintDesk desk;

    PublicComplaintResource(ComplaintDesk desk) {
        this.desk = desk;
    }

    @Operation(operationId = "fileComplaint", summary = "File a complaint or report (投诉举报); keep the tracking number and secret")
    @POST
    public RestResponse<FiledComplaintView> file(@Valid @NotNull ComplaintInput body) {
        ComplaintDesk.Filed filed = desk.file(body.toNew());
        return RestResponse.status(RestResponse.Status.CREATED,
                new FiledComplaintView(filed.complaint().trackingNumber, filed.secret(), filed.complaint().dueOn,
                        ComplaintAttachmentView.of(filed.complaint().trackingNumber)));
    }

    @Operation(operationId = "followComplaint", summary = "Where a complaint stands, and its answer (tracking number and secret)")
    @GET
    @Path("/{trackingNumber}")
    public PublicComplaintView follow(@PathParam("trackingNumber") String trackingNumber, @HeaderParam(SECRET_HEADER) String secret) {
        Complaint complaint = trackingNumber.length() > 24 ? null : Complaint.findById(trackingNumber);
        if (complaint == null || !TrackingNumbers.matches(secret, complaint.secretHash)) {
            throw ReviewProblem.COMPLAINT_NOT_FOUND.refuse("no complaint " + trackingNumber + " with this secret");
        }
        return PublicComplaintView.of(complaint);
    }
}

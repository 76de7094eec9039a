package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.procedure.CaseLegalReview;
import cn.enforcement.platform.idempotency.IdempotentCommand;
import cn.enforcement.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A case returned by legal review for supplement is sent again, once supplemented (PL 58; seed 002). */
@Tag(name = "case procedure")
@Path("/api/v1/cases")
@Transactional
@IdempotentCommand
public class LegalReviewResource {

    private final CaseLegalReview legalReview;
    private final CaseActs acts;

    LegalReviewResource(CaseLegalReview legalReview, CaseActs acts) {
        this.legalReview = legalReview;
        this.acts = acts;
    }

    @Operation(operationId = "sendForLegalReviewAgain", summary = "Send a case returned for supplement to legal review again (PL 58)")
    @POST
    @Path("/{caseId}/legal-review-request")
    @RolesAllowed(Roles.OFFICER)
    public RestResponse<CaseView> sendAgain(@PathParam("caseId") String caseId) {
        return acts.byHandlingOfficer(caseId, (c, act) -> legalReview.sendAgain(c, act));
    }
}

package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.procedure.DecisionAndPayment;
import cn.enforcement.platform.idempotency.IdempotentCommand;
import cn.enforcement.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The decision and its period, service on the party, and the bank's confirmation of payment. */
@Tag(name = "case procedure")
@Path("/api/v1/cases")
@Transactional
@IdempotentCommand
public class DecisionResource {

    private final DecisionAndPayment procedure;
    private final CaseActs acts;

    DecisionResource(DecisionAndPayment procedure, CaseActs acts) {
        this.procedure = procedure;
        this.acts = acts;
    }

    @Operation(operationId = "decideCase", summary = "Decide the penalty (行政处罚决定, PL 57-60)")
    @POST
    @Path("/{caseId}/decision")
    @RolesAllowed(Roles.AGENCY_HEAD)
    public RestResponse<CaseView> decide(@PathParam("caseId") String caseId, @Valid @NotNull DecisionInput body) {
        return acts.byHead(caseId, (c, act) -> procedure.decide(c, body.penalty().toPenalty(), body.legalBasis(), act));
    }

    @Operation(operationId = "extendDecisionPeriod", summary = "Extend the decision period with the head's approval (PL 60)")
    @POST
    @Path("/{caseId}/extension")
    @RolesAllowed(Roles.AGENCY_HEAD)
    public RestResponse<CaseView> extend(@PathParam("caseId") String caseId, @Valid @NotNull Reasoned body) {
        return acts.byHead(caseId, (c, act) -> procedure.extend(c, body.reason(), act));
    }

    @Operation(operationId = "serveDecision", summary = "Record the service of the decision (送达, PL 61)")
    @POST
    @Path("/{caseId}/service")
    @RolesAllowed(Roles.OFFICER)
    public RestResponse<CaseView> serve(@PathParam("caseId") String caseId, @Valid @NotNull ServiceInput body) {
        return acts.byHandlingOfficer(caseId, body.servedAt(), (c, act) -> procedure.serve(c, body.method(),
                body.electronicConsentReference(), act));
    }

    /** The bank's confirmation that the party paid (罚缴分离); only the payment platform posts it. */
    @Operation(operationId = "recordPayment", summary = "The bank's confirmation that the party paid (罚缴分离, PL 67)")
    @POST
    @Path("/{caseId}/payments")
    @RolesAllowed(Roles.PAYMENT_PLATFORM)
    public RestResponse<CaseView> recordPayment(@PathParam("caseId") String caseId, @Valid @NotNull PaymentInput body) {
        return acts.byPaymentPlatform(caseId, body.paidAt(), (c, act) -> procedure.recordPayment(c, body.amount(), body.bankReference(),
                act));
    }

    /** 当场收缴 (PL 68-71): a summary fine of at most 100 yuan taken on the spot against the official receipt. */
    @Operation(operationId = "collectFineOnTheSpot", summary = "Collect a summary fine of at most 100 yuan on the spot (当场收缴, PL 68-70)")
    @POST
    @Path("/{caseId}/on-the-spot-collection")
    @RolesAllowed(Roles.OFFICER)
    public RestResponse<CaseView> collectOnTheSpot(@PathParam("caseId") String caseId, @Valid @NotNull CollectionInput body) {
        return acts.byHandlingOfficer(caseId, (c, act) -> procedure.collectOnTheSpot(c, body.receiptNumber(), act));
    }

    /** The money collected on the spot reached the agency (PL 71). */
    @Operation(operationId = "handOverCollectedFine", summary = "Record that a fine collected on the spot reached the agency (PL 71)")
    @POST
    @Path("/{caseId}/collected-fine-handover")
    @RolesAllowed({ Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER })
    public RestResponse<CaseView> handOverCollectedFine(@PathParam("caseId") String caseId) {
        return acts.byLegalOffice(caseId, (c, act) -> procedure.handOverCollectedFine(c, act));
    }
}

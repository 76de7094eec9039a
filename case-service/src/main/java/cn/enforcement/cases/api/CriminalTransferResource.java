package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.transfer.TransferProcedure;
import cn.enforcement.platform.idempotency.IdempotentCommand;
import cn.enforcement.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The agency's side of a criminal transfer (行刑衔接): measured facts, request, the head's decision, delivery, reconsideration. */
@Tag(name = "case procedure")
@Path("/api/v1/cases")
@Transactional
@IdempotentCommand
public class CriminalTransferResource {

    private final TransferProcedure transfers;
    private final CaseActs acts;

    CriminalTransferResource(TransferProcedure transfers, CaseActs acts) {
        this.transfers = transfers;
        this.acts = acts;
    }

    @Operation(operationId = "recordMeasuredFacts", summary = "Record what the investigation measured (amount, quantity, prior penalties, harm)",
            description = "Replaces the measured facts. Facts that reach a criminal threshold of the case's violation items "
                    + "(GET /api/v1/violation-items/{code}, criminalThresholds) publish CriminalThresholdCrossed, and no penalty "
                    + "is decided until the case is transferred or the head records why not (PL 27).")
    @POST
    @Path("/{caseId}/measured-facts")
    @RolesAllowed(Roles.OFFICER)
    public RestResponse<CaseView> recordMeasuredFacts(@PathParam("caseId") String caseId, @Valid @NotNull MeasuredFactsInput body) {
        return acts.byHandlingOfficer(caseId, (c, act) -> transfers.recordMeasuredFacts(c, body.measures(), act));
    }

    @Operation(operationId = "requestTransfer", summary = "Ask the head to transfer the case as a suspected crime (移送书面报告, TP 5)",
            description = "Names the receiving body (GET /api/v1/judicial-bodies); the head decides within 3 days.")
    @POST
    @Path("/{caseId}/transfer-request")
    @RolesAllowed(Roles.OFFICER)
    public RestResponse<CaseView> request(@PathParam("caseId") String caseId, @Valid @NotNull TransferRequestInput body) {
        return acts.byHandlingOfficer(caseId, (c, act) -> transfers.request(c, body.receivingBodyCode(), body.reasons(), act));
    }

    @Operation(operationId = "decideTransfer", summary = "Approve or decline the transfer, with reasons (TP 5)",
            description = "Approval starts the 24-hour delivery period. Declining a request, or recording without one why a case "
                    + "that reaches a criminal threshold is not transferred, is the head's reasons on record.")
    @POST
    @Path("/{caseId}/transfer-decision")
    @RolesAllowed(Roles.AGENCY_HEAD)
    public RestResponse<CaseView> decide(@PathParam("caseId") String caseId, @Valid @NotNull TransferDecisionInput body) {
        return acts.byHead(caseId, (c, act) -> transfers.decide(c, body.approved(), body.reasons(), act));
    }

    @Operation(operationId = "transferCase", summary = "Deliver the approved transfer with its five attachments (移送, PL 27; TP)",
            description = "The receiving body sees it at GET /api/v1/transfers and answers there; the evidence is sealed into a "
                    + "package it may read.")
    @POST
    @Path("/{caseId}/transfer")
    @RolesAllowed(Roles.AGENCY_HEAD)
    public RestResponse<CaseView> deliver(@PathParam("caseId") String caseId, @Valid @NotNull TransferInput body) {
        return acts.byHead(caseId, (c, act) -> transfers.deliver(c, body.toAttachments(), act));
    }

    @Operation(operationId = "askTransferReconsideration", summary = "Ask the receiver to reconsider its refusal (提请复议, TP 9)",
            description = "Within 3 days of the refusal, once; the receiver answers again within 3 days.")
    @POST
    @Path("/{caseId}/transfer-reconsideration")
    @RolesAllowed(Roles.AGENCY_HEAD)
    public RestResponse<CaseView> askReconsideration(@PathParam("caseId") String caseId, @Valid @NotNull Reasoned body) {
        return acts.byHead(caseId, (c, act) -> transfers.askReconsideration(c, body.reason(), act));
    }
}

package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.procedure.NoticeAndDefence;
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

/** The intended penalty, the notice of the party's rights, statements and the hearing (PL 44-45, 62-64). */
@Tag(name = "case procedure")
@Path("/api/v1/cases")
@Transactional
@IdempotentCommand
public class NoticeAndDefenceResource {

    private final NoticeAndDefence procedure;
    private final CaseActs acts;

    NoticeAndDefenceResource(NoticeAndDefence procedure, CaseActs acts) {
        this.procedure = procedure;
        this.acts = acts;
    }

    @Operation(operationId = "proposePenalty", summary = "Record the intended penalty against the discretion benchmark")
    @POST
    @Path("/{caseId}/proposal")
    @RolesAllowed(Roles.OFFICER)
    public RestResponse<CaseView> propose(@PathParam("caseId") String caseId, @Valid @NotNull Proposal body) {
        return acts.byHandlingOfficer(caseId, (c, act) -> procedure.propose(c, body.penalty().toPenalty(), body.reasons(), body.degree(),
                body.circumstancesOrNone(), act));
    }

    @Operation(operationId = "issueNotice", summary = "Notify the party of the intended penalty and their rights (告知, PL 44)")
    @POST
    @Path("/{caseId}/notice")
    @RolesAllowed(Roles.OFFICER)
    public RestResponse<CaseView> issueNotice(@PathParam("caseId") String caseId) {
        return acts.byHandlingOfficer(caseId, (c, act) -> procedure.issueNotice(c, act));
    }

    @Operation(operationId = "recordStatement", summary = "Record the party's statement and defence (陈述申辩, PL 45)")
    @POST
    @Path("/{caseId}/statements")
    @RolesAllowed(Roles.OFFICER)
    public RestResponse<CaseView> recordStatement(@PathParam("caseId") String caseId, @Valid @NotNull StatementInput body) {
        return acts.byHandlingOfficer(caseId, (c, act) -> procedure.recordStatement(c, body.content(), body.answer(),
                body.accepted(), body.waiveStatementPeriod(), body.waiveHearing(), act));
    }

    @Operation(operationId = "requestHearing", summary = "Record the party's request for a hearing (PL 63-64)")
    @POST
    @Path("/{caseId}/hearing-request")
    @RolesAllowed(Roles.OFFICER)
    public RestResponse<CaseView> requestHearing(@PathParam("caseId") String caseId) {
        return acts.byHandlingOfficer(caseId, (c, act) -> procedure.requestHearing(c, act));
    }

    @Operation(operationId = "notifyHearing", summary = "Notify the party of the hearing's time, place and chair, 7 days ahead (听证通知, PL 64)")
    @POST
    @Path("/{caseId}/hearing-notice")
    @RolesAllowed(Roles.OFFICER)
    public RestResponse<CaseView> notifyHearing(@PathParam("caseId") String caseId, @Valid @NotNull HearingNoticeInput body) {
        return acts.byHandlingOfficer(caseId, (c, act) -> procedure.notifyHearing(c, body.scheduledAt(), body.place(), body.chairCredential(),
                act));
    }

    @Operation(operationId = "holdHearing", summary = "Record the hearing held, or not attended (听证, PL 64)")
    @POST
    @Path("/{caseId}/hearing")
    @RolesAllowed(Roles.OFFICER)
    public RestResponse<CaseView> holdHearing(@PathParam("caseId") String caseId, @Valid @NotNull HearingInput body) {
        return acts.byHandlingOfficer(caseId, body.heldAt(), (c, act) -> procedure.holdHearing(c, body.notifiedAt(), body.chairCredential(),
                body.defaulted(), act));
    }
}

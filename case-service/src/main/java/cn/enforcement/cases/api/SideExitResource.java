package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.procedure.SideExits;
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

/** No penalty (不予处罚) and revocation of a decision. */
@Tag(name = "case procedure")
@Path("/api/v1/cases")
@Transactional
@IdempotentCommand
public class SideExitResource {

    private final SideExits exits;
    private final CaseActs acts;

    SideExitResource(SideExits exits, CaseActs acts) {
        this.exits = exits;
        this.acts = acts;
    }

    @Operation(operationId = "decideNoPenalty", summary = "Decide not to penalise (不予处罚, PL 33)")
    @POST
    @Path("/{caseId}/no-penalty")
    @RolesAllowed(Roles.AGENCY_HEAD)
    public RestResponse<CaseView> decideNoPenalty(@PathParam("caseId") String caseId, @Valid @NotNull NoPenaltyInput body) {
        return acts.byHead(caseId, (c, act) -> exits.decideNoPenalty(c, body.firstOrMinor(), body.promptlyCorrected(),
                body.harmfulConsequences(), body.commitmentLetterReference(), body.education(), act));
    }

    @Operation(operationId = "revokeDecision", summary = "Revoke the decision (撤销)")
    @POST
    @Path("/{caseId}/revocation")
    @RolesAllowed(Roles.AGENCY_HEAD)
    public RestResponse<CaseView> revoke(@PathParam("caseId") String caseId, @Valid @NotNull RevocationInput body) {
        return acts.byHead(caseId, (c, act) -> exits.revoke(c, body.revokedBy(), body.reason(), act));
    }
}

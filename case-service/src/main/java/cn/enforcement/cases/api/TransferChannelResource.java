package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.CaseProblem;
import cn.enforcement.cases.domain.PenaltyCase;
import cn.enforcement.cases.domain.transfer.CriminalTransfer;
import cn.enforcement.cases.domain.transfer.TransferProcedure;
import cn.enforcement.cases.domain.transfer.TransferStatus;
import cn.enforcement.platform.idempotency.IdempotentCommand;
import cn.enforcement.platform.paging.KeysetCursor;
import cn.enforcement.platform.security.AgencyScope;
import cn.enforcement.platform.security.Roles;
import io.quarkus.panache.common.Parameters;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The judicial side of the criminal-transfer channel: a public security body reads the transfers delivered to it and
 * answers them; the procuratorate supervising it reads them too and may take up a refusal (立案监督). A partner's
 * token names its body in {@code agency_code}; any other transfer is unknown to it.
 */
@Tag(name = "partners")
@Path("/api/v1/transfers")
@RolesAllowed(Roles.JUDICIAL_PARTNER)
public class TransferChannelResource {

    private final AgencyScope scope;
    private final TransferProcedure transfers;
    private final CaseAccess access;
    private final CaseActs acts;

    TransferChannelResource(AgencyScope scope, TransferProcedure transfers, CaseAccess access, CaseActs acts) {
        this.scope = scope;
        this.transfers = transfers;
        this.access = access;
        this.acts = acts;
    }

    @Operation(operationId = "listTransfers", summary = "The transfers delivered to your body, or to a body you supervise, newest first",
            description = "`status` filters, e.g. DELIVERED for those awaiting your answer.")
    @GET
    @Transactional
    public TransferPage list(@QueryParam("status") TransferStatus status, @QueryParam("after") String after,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        List<String> where = new ArrayList<>(List.of("deliveredAt is not null",
                "(receivingBodyCode = :body or supervisingProcuratorate = :body)"));
        Parameters parameters = Parameters.with("body", scope.agencyCode());
        if (status != null) {
            where.add("status = :status");
            parameters.and("status", status);
        }
        Optional<KeysetCursor> cursor = KeysetCursor.parse(after);
        cursor.ifPresent(position -> {
            where.add("(deliveredAt < :afterTime or (deliveredAt = :afterTime and transferId < :afterId))");
            parameters.and("afterTime", position.sortKeyAsInstant()).and("afterId", position.id());
        });
        List<CriminalTransfer> page = CriminalTransfer.<CriminalTransfer>find(String.join(" and ", where)
                + " order by deliveredAt desc, transferId desc", parameters).page(0, limit).list();
        List<TransferView> views = new ArrayList<>();
        for (CriminalTransfer transfer : page) {
            views.add(TransferView.of(transfer, read(transfer)));
        }
        return new TransferPage(views, KeysetCursor.nextAfter(page, limit, t -> new KeysetCursor(t.deliveredAt.toString(), t.transferId)));
    }

    @Operation(operationId = "getTransfer", summary = "One transfer with the case, its attachments and where the answers stand")
    @GET
    @Path("/{transferId}")
    @Transactional
    public TransferView get(@PathParam("transferId") String transferId) {
        CriminalTransfer transfer = visible(transferId);
        return TransferView.of(transfer, read(transfer));
    }

    @Operation(operationId = "answerTransfer", summary = "File the case (立案) or refuse it with reasons (TP 8, 9)",
            description = "The receiving body's answer to a delivered transfer, to a reconsideration request, or after the "
                    + "procuratorate's filing supervision; the case follows it (TransferAnswered).")
    @POST
    @Path("/{transferId}/answer")
    @Transactional
    @IdempotentCommand
    public RestResponse<TransferView> answer(@PathParam("transferId") String transferId, @Valid @NotNull TransferAnswerInput body) {
        CriminalTransfer transfer = visible(transferId);
        if (!scope.agencyCode().equals(transfer.receivingBodyCode)) {
            throw CaseProblem.TRANSFER_RECEIVER_ONLY.refuse("the transfer was delivered to " + transfer.receivingBodyCode, "TP 8");
        }
        PenaltyCase penaltyCase = logged(transfer, "TRANSFER_ANSWER");
        transfers.answer(penaltyCase, transfer, body.accepted(), body.remarks(), acts.begin(penaltyCase, acts.claimedPerformedAt()));
        return done(transfer, penaltyCase);
    }

    @Operation(operationId = "superviseTransferFiling", summary = "Take up a refused transfer (立案监督, CPL 113; TP 14)",
            description = "The procuratorate supervising the receiving body asks it to file or state its reasons; it answers again.")
    @POST
    @Path("/{transferId}/filing-supervision")
    @Transactional
    @IdempotentCommand
    public RestResponse<TransferView> superviseFiling(@PathParam("transferId") String transferId,
            @Valid @NotNull FilingSupervisionInput body) {
        CriminalTransfer transfer = visible(transferId);
        if (!scope.agencyCode().equals(transfer.supervisingProcuratorate)) {
            throw CaseProblem.PROCURATORATE_ONLY.refuse("filing supervision is the supervising procuratorate's", "CPL 113");
        }
        PenaltyCase penaltyCase = logged(transfer, "TRANSFER_ANSWER");
        transfers.superviseFiling(penaltyCase, transfer, scope.agencyCode(), body.opinion(), acts.begin(penaltyCase, acts.claimedPerformedAt()));
        return done(transfer, penaltyCase);
    }

    private CriminalTransfer visible(String transferId) {
        CriminalTransfer transfer = transferId.length() > 36 ? null : CriminalTransfer.findById(transferId);
        if (transfer == null || !transfer.visibleTo(scope.agencyCode())) {
            throw CaseProblem.TRANSFER_NOT_FOUND.refuse("no transfer " + transferId + " was delivered to you");
        }
        return transfer;
    }

    private PenaltyCase read(CriminalTransfer transfer) {
        return logged(transfer, "TRANSFER_READ");
    }

    private RestResponse<TransferView> done(CriminalTransfer transfer, PenaltyCase penaltyCase) {
        PenaltyCase.getEntityManager().flush();
        return RestResponse.ok(TransferView.of(transfer, penaltyCase));
    }

    private PenaltyCase logged(CriminalTransfer transfer, String action) {
        return access.forJudicialPartner(transfer.caseId, action);
    }
}

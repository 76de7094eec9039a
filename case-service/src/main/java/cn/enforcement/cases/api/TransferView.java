package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.CaseDeadline;
import cn.enforcement.cases.domain.PartyType;
import cn.enforcement.cases.domain.PenaltyCase;
import cn.enforcement.cases.domain.catalogue.CriminalMeasure;
import cn.enforcement.cases.domain.transfer.CriminalTransfer;
import cn.enforcement.cases.domain.transfer.JudicialBody;
import cn.enforcement.cases.domain.transfer.TransferStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A delivered transfer as its receiving body (and the procuratorate supervising it) reads it. */
@Schema(name = "Transfer", description = "A criminal transfer (移送涉嫌犯罪案件) as the receiving body reads it: the case, the five "
        + "attachments, the officers' reasons, the measured facts, and where the answers stand. The sealed evidence package is at "
        + "evidencePackages.")
public record TransferView(String transferId, TransferStatus status, String caseId, String caseNumber, String agencyCode,
        String regionCode, String receivingBodyCode, String receivingBody, String supervisingProcuratorate, Instant deliveredAt,
        @Schema(description = "Transfer letter, investigation report, list of seized items, test or expert reports, other material")
        List<String> attachments,
        PartyType partyType, String partyName, String partyIdentifier, List<String> violationItems, LocalDate occurredOn,
        String place, String facts, Map<CriminalMeasure, BigDecimal> measuredFacts, String requestReasons,
        @Schema(description = "The last day of the answer owed now (TP 8, 9; CPL 113); null when none is owed") LocalDate answerDueOn,
        Instant answeredAt, String answerRemarks, Instant reconsiderationAskedAt, String reconsiderationReasons,
        Instant supervisedAt, String supervisionOpinion,
        @Schema(description = "Where the sealed evidence package of the case is listed") String evidencePackages) {

    static TransferView of(CriminalTransfer transfer, PenaltyCase penaltyCase) {
        JudicialBody receiver = JudicialBody.findById(transfer.receivingBodyCode);
        LocalDate answerDue = CaseDeadline.openOf(transfer.caseId, CaseDeadline.Kind.TRANSFER_ANSWER).map(d -> d.dueOn).orElse(null);
        return new TransferView(transfer.transferId, transfer.status, penaltyCase.caseId, penaltyCase.caseNumber, penaltyCase.agencyCode,
                penaltyCase.regionCode, transfer.receivingBodyCode, receiver.name, transfer.supervisingProcuratorate, transfer.deliveredAt,
                transfer.attachments, penaltyCase.partyType, penaltyCase.partyName, penaltyCase.partyIdentifier,
                penaltyCase.violationItems, penaltyCase.occurredOn, penaltyCase.place, penaltyCase.facts, penaltyCase.measuredFacts,
                transfer.requestReasons, answerDue, transfer.answeredAt, transfer.answerReasons, transfer.reconsiderationAskedAt,
                transfer.reconsiderationReasons, transfer.supervisedAt, transfer.supervisionOpinion,
                "/api/v1/evidence-packages?caseId=" + penaltyCase.caseId);
    }
}

package cn.enforcement.cases.domain.documents;

import cn.enforcement.cases.domain.CaseRules;
import cn.enforcement.cases.domain.CaseStatement;
import cn.enforcement.cases.domain.PartyType;
import cn.enforcement.cases.domain.PenaltyCase;
import cn.enforcement.cases.domain.PenaltyKind;
import cn.enforcement.cases.domain.Procedure;
import cn.enforcement.cases.domain.transfer.CriminalTransfer;
import cn.enforcement.cases.domain.transfer.TransferStatus;
import cn.enforcement.cases.domain.catalogue.DiscretionBenchmark;
import cn.enforcement.cases.domain.catalogue.ViolationItem;
import cn.enforcement.cases.domain.preservation.EvidencePreservation;
import cn.enforcement.cases.readmodel.CaseEvidence;
import cn.enforcement.platform.time.BeijingTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** What each form prints, taken from the case as it stands: the data a template fills in. */
final class DocumentContent {

    /** The eight kinds of evidence of PL 46, as documents name them. */
    private static final Map<String, String> EVIDENCE_KINDS = Map.of("DOCUMENTARY", "书证", "PHYSICAL", "物证", "AUDIO_VISUAL", "视听资料",
            "ELECTRONIC_DATA", "电子数据", "WITNESS_TESTIMONY", "证人证言", "PARTY_STATEMENT", "当事人的陈述", "EXPERT_OPINION", "鉴定意见",
            "INSPECTION_RECORD", "勘验笔录、现场笔录");

    /** A transfer the head approved, whatever the receiving body did with it since. */
    private static final Set<TransferStatus> APPROVED_TRANSFER = EnumSet.of(TransferStatus.APPROVED, TransferStatus.DELIVERED,
            TransferStatus.ACCEPTED, TransferStatus.REFUSED, TransferStatus.RECONSIDERATION, TransferStatus.SUPERVISED);

    /** The ways of service (PL 61; 民事诉讼法 送达), as the service receipt names them. */
    private static final Map<String, String> SERVICE_METHODS = Map.of("ON_THE_SPOT", "当场交付", "DIRECT", "直接送达", "POSTAL", "邮寄送达",
            "ELECTRONIC", "电子送达", "PUBLIC_NOTICE", "公告送达");

    private DocumentContent() {
    }

    /** A line of a list printed on a form, e.g. the preservation list (物品清单). */
    public record ListLine(String name, String quantity, String description) {
    }

    /** Whether the case has reached the step the document records. */
    static boolean stepReached(PenaltyCase c, DocumentKind kind) {
        return switch (kind) {
            case FILING_APPROVAL -> c.filingApprovedAt != null;
            case ON_THE_SPOT_DECISION -> c.procedure == Procedure.SUMMARY && decided(c);
            case PENALTY_NOTICE -> c.noticeAt != null;
            case HEARING_NOTICE -> c.hearingNotifiedAt != null;
            case EVIDENCE_PRESERVATION_NOTICE -> EvidencePreservation.latestApproved(c.caseId).isPresent();
            case PENALTY_DECISION -> c.procedure == Procedure.GENERAL && decided(c);
            case NO_PENALTY_DECISION -> c.decidedAt != null && c.decisionKind == null;
            case LEGAL_REVIEW_OPINION -> c.reviewCompletedAt != null;
            case TRANSFER_LETTER -> transferOf(c).filter(t -> APPROVED_TRANSFER.contains(t.status)).isPresent();
            case SERVICE_RECEIPT -> c.servedAt != null;
            case CASE_CLOSING_REPORT -> c.closedAt != null;
        };
    }

    /** Whether a document in force records an earlier round of its step, so that the new round gets a document of its own. */
    static boolean earlierRound(PenaltyCase c, IssuedDocument inForce) {
        return switch (inForce.kind) {
            case LEGAL_REVIEW_OPINION -> inForce.issuedAt.isBefore(c.reviewCompletedAt);
            case HEARING_NOTICE -> inForce.issuedAt.isBefore(c.hearingNotifiedAt);
            case EVIDENCE_PRESERVATION_NOTICE -> EvidencePreservation.latestApproved(c.caseId)
                    .filter(p -> inForce.issuedAt.isBefore(p.approvedAt)).isPresent();
            default -> false;
        };
    }

    private static boolean decided(PenaltyCase c) {
        return c.decidedAt != null && c.decisionKind != null;
    }

    private static Optional<CriminalTransfer> transferOf(PenaltyCase c) {
        return c.transferId == null ? Optional.empty() : CriminalTransfer.<CriminalTransfer>findByIdOptional(c.transferId);
    }

    static Map<String, Object> of(PenaltyCase c, DocumentKind kind, DocumentRules.Agency agency, CaseRules rules) {
        List<ViolationItem> items = c.violationItems.stream().map(code -> ViolationItem.<ViolationItem>findById(code))
                .filter(Objects::nonNull).toList();
        Map<String, Object> data = new HashMap<>();
        data.put("party", c.partyName);
        data.put("partyType", c.partyType == PartyType.INDIVIDUAL ? "个人" : "单位");
        data.put("caseNumber", c.caseNumber);
        data.put("cause", String.join("；", items.stream().map(i -> i.name).toList()));
        data.put("occurredOn", day(c.occurredOn));
        data.put("place", c.place);
        data.put("facts", c.facts);
        data.put("officers", String.join("、", c.handlingCredentialList()));
        data.put("filedOn", day(c.filedAt));
        data.put("filingApprovedOn", day(c.filingApprovedAt));
        data.put("violated", violated(items));
        switch (kind) {
            case PENALTY_NOTICE -> {
                data.put("penalty", penalty(c.noticeKind, c.noticeAmount));
                data.put("basis", String.join("、", items.stream().map(i -> i.penaltyBasis).toList()));
                data.put("noticeOn", day(c.noticeAt));
                data.put("statementWorkingDays", rules.statementWorkingDays());
                data.put("hearingRights", c.hearingRights);
                data.put("hearingRequestWorkingDays", rules.hearingRequestWorkingDays());
            }
            case HEARING_NOTICE -> {
                data.put("requestedOn", day(c.hearingRequestedAt));
                data.put("scheduledAt", moment(c.hearingScheduledAt));
                data.put("hearingPlace", c.hearingPlace);
                data.put("chair", c.hearingChair);
                data.put("notifiedOn", day(c.hearingNotifiedAt));
            }
            case EVIDENCE_PRESERVATION_NOTICE -> {
                EvidencePreservation preservation = EvidencePreservation.latestApproved(c.caseId).orElseThrow();
                data.put("preservedItems", preservation.items.stream().map(i -> new ListLine(i.name, i.quantity,
                        i.description == null ? "" : i.description)).toList());
                data.put("keptAt", preservation.keptAt);
                data.put("preservationReasons", preservation.reasons);
                data.put("approvedOn", day(preservation.approvedAt));
                data.put("handlingDueOn", day(preservation.dueOn));
                data.put("handlingWorkingDays", rules.preservationHandlingWorkingDays());
            }
            case PENALTY_DECISION -> {
                data.put("decidedOn", day(c.decidedAt));
                data.put("reasons", decisionReasons(c, items, agency, rules, discretion(c, items)));
            }
            case ON_THE_SPOT_DECISION -> {
                data.put("decidedOn", day(c.decidedAt));
                DecisionReasoning.Text reasons = decisionReasons(c, items, agency, rules, null);
                data.put("reasons", reasons);
                data.put("payment", c.collectionReceipt != null ? "罚款已当场收缴，收据编号" + c.collectionReceipt + "。"
                        : c.decisionKind == PenaltyKind.FINE ? reasons.payment() : "");
            }
            case NO_PENALTY_DECISION -> {
                data.put("decidedOn", day(c.decidedAt));
                data.put("reconsiderationBody", agency.reconsiderationBody());
                data.put("court", agency.court());
            }
            case LEGAL_REVIEW_OPINION -> {
                data.put("proposal", c.proposalKind == null ? "" : penalty(c.proposalKind, c.proposalAmount));
                data.put("outcome", switch (c.reviewOutcome) {
                    case APPROVED -> "同意";
                    case RETURNED_FOR_CORRECTION -> "退回补充";
                    case REJECTED -> "不同意";
                });
                data.put("opinion", c.reviewOpinion);
                data.put("reviewer", c.reviewReviewer);
                data.put("reviewedOn", day(c.reviewCompletedAt));
            }
            case TRANSFER_LETTER -> {
                CriminalTransfer transfer = transferOf(c).orElseThrow();
                data.put("receiver", c.transferReceiver == null ? transfer.receivingBodyCode : c.transferReceiver);
                data.put("reasons", transfer.requestReasons);
                data.put("attachments", transfer.attachments == null || transfer.attachments.isEmpty() ? "调查报告、涉案物品清单、检验报告或者鉴定意见及其他有关材料"
                        : String.join("、", transfer.attachments));
                data.put("procuratorate", transfer.supervisingProcuratorate == null ? "同级人民检察院" : transfer.supervisingProcuratorate);
                data.put("transferDecidedOn", day(transfer.decidedAt));
            }
            case SERVICE_RECEIPT -> {
                DocumentKind served = c.procedure == Procedure.SUMMARY ? DocumentKind.ON_THE_SPOT_DECISION : DocumentKind.PENALTY_DECISION;
                data.put("servedDocument", served.title());
                data.put("servedDocumentNumber", IssuedDocument.inForce(c.caseId, served).map(d -> d.number).orElse(""));
                data.put("servedAt", moment(c.servedAt));
                data.put("serviceMethod", SERVICE_METHODS.getOrDefault(c.serviceMethod, c.serviceMethod));
            }
            case CASE_CLOSING_REPORT -> {
                data.put("penalty", c.decisionKind == null ? "不予行政处罚" : penalty(c.decisionKind, c.decisionAmount));
                data.put("decisionNumber", IssuedDocument.inForce(c.caseId, DocumentKind.PENALTY_DECISION).map(d -> d.number).orElse(""));
                data.put("decidedOn", day(c.decidedAt));
                data.put("paid", c.paidAmount.signum() > 0 ? "已缴纳罚款" + DecisionReasoning.yuan(c.paidAmount)
                        + (c.lateFee.signum() > 0 ? "，加处罚款" + DecisionReasoning.yuan(c.lateFee) : "") : "");
                data.put("closedOn", day(c.closedAt));
            }
            case FILING_APPROVAL -> data.put("source", c.source.term());
        }
        return data;
    }

    private static DecisionReasoning.Text decisionReasons(PenaltyCase c, List<ViolationItem> items, DocumentRules.Agency agency, CaseRules rules,
            DecisionReasoning.Discretion discretion) {
        return DecisionReasoning.of(findings(c), defences(c), c.statementWaived, discretion, violated(items), c.decisionLegalBasis,
                penalty(c.decisionKind, c.decisionAmount), new DecisionReasoning.Remedies(agency.bank(), agency.accountName(),
                        agency.accountNumber(), rules.paymentDays(), agency.reconsiderationBody(), agency.court()));
    }

    private static DecisionReasoning.Findings findings(PenaltyCase c) {
        List<String> evidence = CaseEvidence.<CaseEvidence>list("caseId = ?1 order by recordedAt", c.caseId).stream()
                .map(e -> EVIDENCE_KINDS.getOrDefault(e.kind, e.kind) + "（" + day(e.recordedAt) + "取得，SHA-256 " + e.sha256.substring(0, 12) + "…）")
                .toList();
        return new DecisionReasoning.Findings(c.partyName, day(c.occurredOn), c.place, c.facts, evidence);
    }

    private static List<DecisionReasoning.Defence> defences(PenaltyCase c) {
        return CaseStatement.<CaseStatement>list("caseId = ?1 order by at", c.caseId).stream()
                .map(s -> new DecisionReasoning.Defence(s.content, s.answer, s.accepted)).toList();
    }

    private static DecisionReasoning.Discretion discretion(PenaltyCase c, List<ViolationItem> items) {
        if (c.proposalDegree == null || items.isEmpty()) {
            return null;
        }
        ViolationItem first = items.get(0);
        List<DiscretionBenchmark.Circumstance> circumstances = c.proposalCircumstances == null ? List.of()
                : c.proposalCircumstances.stream().map(DiscretionBenchmark.Circumstance::valueOf).toList();
        return new DecisionReasoning.Discretion(first.name, first.measure, c.proposalDegree, DiscretionBenchmark.Level.valueOf(c.proposalTier),
                c.proposalTierDescription, circumstances, c.partyType, c.proposalRangeMin, c.proposalRangeMax,
                c.decisionKind == PenaltyKind.FINE ? c.decisionAmount : null, c.proposalReasons);
    }

    private static String violated(List<ViolationItem> items) {
        return String.join("、", items.stream().map(i -> i.illegalActBasis).toList());
    }

    static String penalty(PenaltyKind kind, BigDecimal amount) {
        return kind == PenaltyKind.FINE ? "罚款人民币" + DecisionReasoning.yuan(amount) : kind.term();
    }

    static String day(LocalDate day) {
        return day == null ? "" : day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    static String day(Instant at) {
        return at == null ? "" : day(BeijingTime.dayOf(at));
    }

    private static String moment(Instant at) {
        return at == null ? "" : day(at) + String.format("%02d时%02d分", at.atZone(BeijingTime.ZONE).getHour(), at.atZone(BeijingTime.ZONE).getMinute());
    }
}

package cn.enforcement.cases.domain;

import cn.enforcement.problem.ActRefusals;
import cn.enforcement.problem.ProblemType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An act on a penalty case (办案环节): who performs it, the sub-resource of {@code /api/v1/cases/{caseId}} it is
 * posted to, and its article. Which act the case allows in which state is said once, in {@link CaseProcedure}.
 */
@Schema(description = "An act on a penalty case; the case's allowedActs say which the caller may perform now")
public enum CaseAct implements ActRefusals {
    @Schema(description = "立案审批: the head approves the filing of a general-procedure case (PL 54)")
    APPROVE_FILING(Performer.AGENCY_HEAD, "filing-approval", "PL 54; TR 62-63"),
    @Schema(description = "简易程序备案: the head records a summary decision filed with the agency (TR 61)")
    FILE_SUMMARY_DECISION(Performer.AGENCY_HEAD, "filing-approval", "TR 61"),
    @Schema(description = "指派执法人员: the head assigns the handling officers (PL 42)")
    ASSIGN_OFFICERS(Performer.AGENCY_HEAD, "officers", "PL 42"),
    @Schema(description = "补充当事人、车辆: the officers name further persons or vehicles")
    NAME_PERSONS(Performer.HANDLING_OFFICER, "persons", "PL 55"),
    @Schema(description = "处罚建议: the officers propose the penalty within the discretion benchmark")
    PROPOSE(Performer.HANDLING_OFFICER, "proposal", "PL 34"),
    @Schema(description = "告知: the party is told the intended penalty and their rights (PL 44)")
    ISSUE_NOTICE(Performer.HANDLING_OFFICER, "notice", "PL 44"),
    @Schema(description = "陈述申辩: the party's statement and defence is recorded (PL 45)")
    RECORD_STATEMENT(Performer.HANDLING_OFFICER, "statements", "PL 45"),
    @Schema(description = "申请听证: the party asks for a hearing (PL 63-64)")
    REQUEST_HEARING(Performer.HANDLING_OFFICER, "hearing-request", "PL 63-64"),
    @Schema(description = "听证通知: the party is notified of the hearing 7 days ahead (PL 64)")
    NOTIFY_HEARING(Performer.HANDLING_OFFICER, "hearing-notice", "PL 64"),
    @Schema(description = "举行听证: the hearing is held, or the party defaulted (PL 64-65)")
    HOLD_HEARING(Performer.HANDLING_OFFICER, "hearing", "PL 64-65"),
    @Schema(description = "再次送审: a case returned for supplement goes back to legal review (PL 58)")
    SEND_FOR_REVIEW_AGAIN(Performer.HANDLING_OFFICER, "legal-review-request", "PL 58"),
    @Schema(description = "处罚决定: the head decides the penalty (PL 57, 59)")
    DECIDE(Performer.AGENCY_HEAD, "decision", "PL 57, 59"),
    @Schema(description = "延长办案期限: the head extends the decision period (PL 60)")
    EXTEND(Performer.AGENCY_HEAD, "extension", "PL 60"),
    @Schema(description = "送达: the decision is served (PL 61)")
    SERVE(Performer.HANDLING_OFFICER, "service", "PL 61"),
    @Schema(description = "缴款确认: the bank confirms a payment (PL 67)")
    CONFIRM_PAYMENT(Performer.PAYMENT_PLATFORM, "payments", "PL 67"),
    @Schema(description = "当场收缴: a small fine is collected on the spot against the official receipt (PL 68-70)")
    COLLECT_ON_THE_SPOT(Performer.HANDLING_OFFICER, "on-the-spot-collection", "PL 68-70"),
    @Schema(description = "罚款交纳: the money collected on the spot reached the agency (PL 71)")
    HAND_OVER_COLLECTED_FINE(Performer.HEAD_OR_LEGAL_OFFICE, "collected-fine-handover", "PL 71"),
    @Schema(description = "复议、诉讼: the party's reconsideration or lawsuit is recorded (PL 73)")
    RECORD_REMEDY(Performer.HEAD_OR_LEGAL_OFFICE, "remedies", "PL 73"),
    @Schema(description = "复议、诉讼结果: a remedy's outcome is recorded (PL 73)")
    CONCLUDE_REMEDY(Performer.HEAD_OR_LEGAL_OFFICE, "remedies/{remedyId}/conclusion", "PL 73"),
    @Schema(description = "不予处罚: the head decides not to penalise (PL 33)")
    DECIDE_NO_PENALTY(Performer.AGENCY_HEAD, "no-penalty", "PL 33"),
    @Schema(description = "撤销: the head revokes the decision (PL 75)")
    REVOKE(Performer.AGENCY_HEAD, "revocation", "PL 75"),
    @Schema(description = "涉案数额: the officers record the facts criminal thresholds are stated in (PL 27)")
    MEASURE_FACTS(Performer.HANDLING_OFFICER, "measured-facts", "PL 27"),
    @Schema(description = "移送书面报告: the officers ask the head to transfer the case as a suspected crime (TP 5)")
    REQUEST_TRANSFER(Performer.HANDLING_OFFICER, "transfer-request", "PL 27; TP 5"),
    @Schema(description = "移送审批: the head approves or declines a transfer, or records why none is made (TP 5)")
    DECIDE_TRANSFER(Performer.AGENCY_HEAD, "transfer-decision", "TP 5"),
    @Schema(description = "移送: the approved transfer goes to the receiving body (PL 27; TP 6)")
    DELIVER_TRANSFER(Performer.AGENCY_HEAD, "transfer", "PL 27; TP 6"),
    @Schema(description = "提请复议: the head asks the receiver to reconsider a refusal (TP 9)")
    ASK_TRANSFER_RECONSIDERATION(Performer.AGENCY_HEAD, "transfer-reconsideration", "TP 9"),
    @Schema(description = "先行登记保存: the officers ask to preserve evidence (PL 56)")
    REQUEST_PRESERVATION(Performer.HANDLING_OFFICER, "evidence-preservations", "PL 56"),
    @Schema(description = "批准先行登记保存: the head approves a preservation (PL 56)")
    APPROVE_PRESERVATION(Performer.AGENCY_HEAD, "evidence-preservations/{preservationId}/approval", "PL 56"),
    @Schema(description = "处理先行登记保存的证据: the officers decide what becomes of preserved evidence within 7 working days (PL 56, 85)")
    HANDLE_PRESERVATION(Performer.HANDLING_OFFICER, "evidence-preservations/{preservationId}/handling", "PL 56, 85"),
    @Schema(description = "结案: the head closes the case (TR 84)")
    CLOSE(Performer.AGENCY_HEAD, "closure", "TR 84"),
    @Schema(description = "归档: the head archives the file")
    ARCHIVE(Performer.AGENCY_HEAD, "archive", "TR 84");

    /** Who performs an act: the case's handling officers, the agency head, the head or the legal office, the bank. */
    public enum Performer {
        @Schema(description = "承办执法人员: one of the case's handling officers")
        HANDLING_OFFICER,
        @Schema(description = "负责人: the agency head")
        AGENCY_HEAD,
        @Schema(description = "负责人或法制机构: the agency head or the legal office")
        HEAD_OR_LEGAL_OFFICE,
        @Schema(description = "缴款平台: the bank that confirms fines")
        PAYMENT_PLATFORM
    }

    private final Performer performer;
    private final String operation;
    private final String basis;

    CaseAct(Performer performer, String operation, String basis) {
        this.performer = performer;
        this.operation = operation;
        this.basis = basis;
    }

    public Performer performer() {
        return performer;
    }

    /** The sub-resource of the case the act is posted to. */
    public String operation() {
        return operation;
    }

    public String basis() {
        return basis;
    }

    /** What the procedure refuses the act with: the case's state, and each guard of its rows. */
    @Override
    public Set<ProblemType> refusals() {
        return CaseProcedure.refusalsOf(this);
    }
}

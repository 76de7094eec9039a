package cn.enforcement.cases.domain.procedure;

import cn.enforcement.cases.domain.ActContext;
import cn.enforcement.cases.domain.CaseJournal;
import cn.enforcement.cases.domain.TimelineAct;
import cn.enforcement.cases.domain.CaseAct;
import cn.enforcement.cases.domain.CaseDeadline;
import cn.enforcement.cases.domain.CaseProblem;
import cn.enforcement.cases.domain.CaseRules;
import cn.enforcement.cases.domain.CaseStatement;
import cn.enforcement.cases.domain.DefenceRights;
import cn.enforcement.cases.domain.EvidenceFirst;
import cn.enforcement.cases.domain.PartyType;
import cn.enforcement.cases.domain.Penalty;
import cn.enforcement.cases.domain.PenaltyCase;
import cn.enforcement.cases.domain.catalogue.DiscretionBenchmark;
import cn.enforcement.cases.domain.catalogue.ViolationItem;
import cn.enforcement.cases.readmodel.CaseEvidence;
import cn.enforcement.platform.law.ProcedureNumbers;
import cn.enforcement.platform.events.cases.HearingHeld;
import cn.enforcement.platform.events.cases.HearingRequested;
import cn.enforcement.platform.events.cases.NoticeIssued;
import cn.enforcement.platform.law.HearingRights;
import cn.enforcement.platform.time.BeijingTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * From the intended penalty to the party's defence (PL 44-45, 62-64): the proposal against the
 * discretion benchmark, the notice with the party's rights, statements, and the hearing.
 */
@ApplicationScoped
@Transactional
public class NoticeAndDefence {

    private final CaseJournal journal;
    private final CaseRules rules;
    private final CaseLegalReview legalReview;
    private final HearingRights hearingRights;

    NoticeAndDefence(CaseJournal journal, CaseRules rules, ProcedureNumbers law, CaseLegalReview legalReview) {
        this.journal = journal;
        this.rules = rules;
        this.legalReview = legalReview;
        this.hearingRights = law.hearingRights();
    }

    /** The intended penalty with its reasons; the discretion benchmark of the first item sets the range. */
    public DiscretionBenchmark.Assessment propose(PenaltyCase penaltyCase, Penalty penalty, String reasons, BigDecimal degree,
            Set<DiscretionBenchmark.Circumstance> circumstances, ActContext act) {
        penaltyCase.require(CaseAct.PROPOSE);
        HandlingOfficers.requireMayAct(penaltyCase, act.performedAt());
        ViolationItem item = ViolationItem.findById(penaltyCase.violationItems.get(0));
        DiscretionBenchmark.Assessment assessment = DiscretionBenchmark.assess(item.name, item.measure, item.benchmark(),
                penaltyCase.partyType, degree, circumstances);
        boolean outside = penalty.isFine() && assessment.isOutsideRange(penalty.amount());
        if (outside && (reasons == null || reasons.isBlank())) {
            throw CaseProblem.OUTSIDE_RANGE_NEEDS_REASONS.refuse(
                    "罚款超出裁量基准的，应当书面说明理由并经法制审核: " + assessment.explanation(), "seed 000; PL 58");
        }
        penaltyCase.propose(penalty, reasons, assessment, outside, degree, circumstances.stream().map(Enum::name).sorted().toList());
        journal.record(penaltyCase, TimelineAct.PROPOSAL, act, penalty.kind() + " " + penalty.amount().toPlainString() + "; "
                + assessment.explanation() + (outside ? "; OUTSIDE the range: " + reasons : ""));
        return assessment;
    }

    public PenaltyCase issueNotice(PenaltyCase penaltyCase, ActContext act) {
        penaltyCase.require(CaseAct.ISSUE_NOTICE);
        Instant now = act.performedAt();
        LocalDate today = act.day();
        if (penaltyCase.proposal() == null) {
            throw CaseProblem.PROPOSAL_REQUIRED.refuse("record the proposal before notifying", "PL 44");
        }
        EvidenceFirst.require(CaseEvidence.countRecordedBy(penaltyCase.caseId, now), "notice");
        HandlingOfficers.requireMayAct(penaltyCase, now);
        penaltyCase.notifyParty(now, hearingRights.apply(penaltyCase.proposalKind.name(), penaltyCase.proposalAmount,
                penaltyCase.partyType == PartyType.ORGANISATION));
        CaseDeadline statement = journal.deadlines().startWorkingDays(penaltyCase, CaseDeadline.Kind.STATEMENT, "PL 44-45", today,
                rules.statementWorkingDays());
        LocalDate hearingLastDay = null;
        if (penaltyCase.hearingRights) {
            hearingLastDay = journal.deadlines().startWorkingDays(penaltyCase, CaseDeadline.Kind.HEARING_REQUEST, "PL 64", today,
                    rules.hearingRequestWorkingDays()).dueOn;
        }
        journal.record(penaltyCase, TimelineAct.NOTICE_ISSUED, act, "告知 " + penaltyCase.noticeKind + " "
                + penaltyCase.noticeAmount.toPlainString() + (penaltyCase.hearingRights ? "; with the right to a hearing (PL 63)" : ""));
        journal.publish(new NoticeIssued(penaltyCase.ref(), penaltyCase.noticeKind.name(), penaltyCase.noticeAmount,
                penaltyCase.hearingRights, statement.dueOn, hearingLastDay, now));
        legalReview.requestIfNeeded(penaltyCase, act);
        return penaltyCase;
    }

    public CaseStatement recordStatement(PenaltyCase penaltyCase, String content, String answer, Boolean accepted, boolean waiveStatement,
            boolean waiveHearing, ActContext act) {
        penaltyCase.require(CaseAct.RECORD_STATEMENT);
        HandlingOfficers.requireMayAct(penaltyCase, act.performedAt());
        CaseStatement statement = new CaseStatement();
        statement.caseId = penaltyCase.caseId;
        statement.at = act.performedAt();
        statement.content = content;
        statement.answer = answer;
        statement.accepted = accepted;
        statement.persist();
        penaltyCase.recordWaivers(waiveStatement, waiveHearing);
        journal.record(penaltyCase, TimelineAct.STATEMENT, act, content + (waiveStatement ? "; statement period waived in writing" : "")
                + (waiveHearing ? "; hearing waived in writing" : ""));
        return statement;
    }

    public PenaltyCase requestHearing(PenaltyCase penaltyCase, ActContext act) {
        penaltyCase.require(CaseAct.REQUEST_HEARING);
        if (!penaltyCase.hearingRights) {
            throw CaseProblem.NO_HEARING_RIGHT.refuse("the notified penalty carries no right to a hearing", "PL 63");
        }
        CaseDeadline period = CaseDeadline.openOf(penaltyCase.caseId, CaseDeadline.Kind.HEARING_REQUEST).orElse(null);
        if (penaltyCase.hearingRequestWaived || period == null || act.day().isAfter(period.dueOn)) {
            throw CaseProblem.HEARING_REQUEST_TOO_LATE.refuse(
                    "当事人应当在告知后" + rules.hearingRequestWorkingDays() + "个工作日内提出听证要求: the period has ended or the hearing was waived",
                    "PL 64");
        }
        Instant now = act.performedAt();
        penaltyCase.requestHearing(now);
        journal.deadlines().meet(penaltyCase, CaseDeadline.Kind.HEARING_REQUEST);
        journal.record(penaltyCase, TimelineAct.HEARING_REQUESTED, act, "the party asked for a hearing");
        journal.publish(new HearingRequested(penaltyCase.ref(), now));
        return penaltyCase;
    }

    /**
     * The hearing notice (听证通知书, PL 64): the time, place and chair of the requested hearing, notified at least 7 days
     * ahead. A later notice (the hearing moved) replaces the schedule and must again keep the 7 days.
     */
    public PenaltyCase notifyHearing(PenaltyCase penaltyCase, Instant scheduledAt, String place, String chairCredential, ActContext act) {
        Instant now = act.performedAt();
        penaltyCase.require(CaseAct.NOTIFY_HEARING);
        HandlingOfficers.requireMayAct(penaltyCase, now);
        HandlingOfficers.requireMayChairHearing(penaltyCase, chairCredential, scheduledAt);
        DefenceRights.requireHearingNotifiedInTime(BeijingTime.dayOf(now), BeijingTime.dayOf(scheduledAt), rules.hearingNoticeDays());
        penaltyCase.scheduleHearing(now, scheduledAt, place, chairCredential);
        journal.record(penaltyCase, TimelineAct.HEARING_NOTIFIED, act, "hearing to be held " + scheduledAt + " at " + place + ", chaired by "
                + chairCredential);
        return penaltyCase;
    }

    /**
     * The hearing (PL 64), dated when it was held. The notice is the one the platform recorded, or, for a notice served
     * on paper outside it, the date given.
     */
    public PenaltyCase holdHearing(PenaltyCase penaltyCase, Instant notifiedOutside, String chairCredential, boolean defaulted,
            ActContext act) {
        Instant heldAt = act.performedAt();
        penaltyCase.require(CaseAct.HOLD_HEARING);
        HandlingOfficers.requireMayChairHearing(penaltyCase, chairCredential, heldAt);
        HandlingOfficers.requireMayAct(penaltyCase, heldAt);
        Instant notifiedAt = penaltyCase.hearingNotifiedAt != null ? penaltyCase.hearingNotifiedAt : notifiedOutside;
        if (notifiedAt == null) {
            throw CaseProblem.HEARING_NOT_NOTIFIED.refuse("the party was not notified of the hearing: record the hearing notice first,"
                    + " or give notifiedAt for a notice served outside the platform", "PL 64");
        }
        if (notifiedAt.isBefore(penaltyCase.hearingRequestedAt)) {
            throw CaseProblem.HEARING_NOTICE_BEFORE_REQUEST.refuse(
                    "the hearing notice (" + notifiedAt + ") cannot precede the party's request (" + penaltyCase.hearingRequestedAt + ")",
                    "PL 64");
        }
        DefenceRights.requireHearingNotifiedInTime(BeijingTime.dayOf(notifiedAt), BeijingTime.dayOf(heldAt), rules.hearingNoticeDays());
        penaltyCase.settleHearing(heldAt, defaulted);
        journal.record(penaltyCase, defaulted ? TimelineAct.HEARING_DEFAULTED : TimelineAct.HEARING_HELD, act,
                (defaulted ? "the party did not appear: hearing waived" : "hearing held") + "; chaired by " + chairCredential);
        journal.publish(new HearingHeld(penaltyCase.ref(), defaulted, chairCredential, heldAt));
        legalReview.requestIfNeeded(penaltyCase, act);
        return penaltyCase;
    }
}

package cn.enforcement.cases.domain;

import cn.enforcement.cases.domain.catalogue.DiscretionBenchmark;
import cn.enforcement.cases.domain.catalogue.ViolationItem;
import cn.enforcement.cases.readmodel.CaseEvidence;
import cn.enforcement.cases.readmodel.OfficerCredential;
import cn.enforcement.platform.events.cases.CaseArchived;
import cn.enforcement.platform.events.cases.CaseClosed;
import cn.enforcement.platform.events.cases.CaseDecided;
import cn.enforcement.platform.events.cases.CaseFiled;
import cn.enforcement.platform.events.cases.CaseFilingApproved;
import cn.enforcement.platform.events.cases.CaseOfficersAssigned;
import cn.enforcement.platform.events.cases.CaseRef;
import cn.enforcement.platform.events.cases.CaseTransferred;
import cn.enforcement.platform.events.cases.DecisionRevoked;
import cn.enforcement.platform.events.cases.DecisionServed;
import cn.enforcement.platform.events.cases.FinePaid;
import cn.enforcement.platform.events.cases.HearingHeld;
import cn.enforcement.platform.events.cases.HearingRequested;
import cn.enforcement.platform.events.cases.LegalReviewRequested;
import cn.enforcement.platform.events.cases.NoPenaltyDecided;
import cn.enforcement.platform.events.cases.NoticeIssued;
import cn.enforcement.platform.events.cases.TransferAnswered;
import cn.enforcement.platform.identity.ResidentIdNumber;
import cn.enforcement.platform.identity.UnifiedSocialCreditCode;
import cn.enforcement.platform.outbox.Outbox;
import cn.enforcement.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The legal procedure of a penalty case, one method per act. Each act is allowed only from the
 * states the law allows and passes the named rules; it records who did it and when, starts or
 * settles the deadlines it concerns, and publishes its event in the same transaction.
 */
@ApplicationScoped
@Transactional
public class CaseProcedure {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final Outbox outbox;
    private final Clock clock;
    private final CaseRules rules;
    private final CaseDeadlines deadlines;
    private final EntityManager entityManager;
    private final LimitationPeriod limitation;
    private final SummaryProcedureLimit summaryLimit;
    private final HearingRights hearingRights;
    private final LegalReviewRequirement legalReview;
    private final LateFee lateFee;

    CaseProcedure(Outbox outbox, Clock clock, CaseRules rules, CaseDeadlines deadlines, EntityManager entityManager) {
        this.outbox = outbox;
        this.clock = clock;
        this.rules = rules;
        this.deadlines = deadlines;
        this.entityManager = entityManager;
        this.limitation = new LimitationPeriod(rules.limitationYears(), rules.limitationYearsForHarm());
        this.summaryLimit = new SummaryProcedureLimit(rules.summaryFineLimitIndividual(), rules.summaryFineLimitOrganisation());
        this.hearingRights = new HearingRights(rules.largeFineIndividual(), rules.largeFineOrganisation());
        this.legalReview = new LegalReviewRequirement(hearingRights);
        this.lateFee = new LateFee(rules.lateFeeRatePerDay());
    }

    public record Filing(Procedure procedure, CaseSource source, PartyType partyType, String partyName, String partyIdentifier,
            List<String> violationItems, LocalDate occurredOn, LocalDate actEndedOn, boolean harmedLifeHealthOrFinance,
            String place, String facts, List<String> handlingCredentials, boolean complex, Penalty onTheSpotPenalty,
            String onTheSpotLegalBasis) {
    }

    public record TransferAttachments(String transferLetter, String investigationReport, String seizedItemsList,
            String testOrExpertReports, String otherMaterial) {

        List<String> all() {
            return java.util.Arrays.asList(transferLetter, investigationReport, seizedItemsList, testOrExpertReports, otherMaterial);
        }
    }

    // ---------------------------------------------------------------- filing (立案)

    public PenaltyCase file(Filing filing, String agencyCode, String regionCode, String actor) {
        Instant now = clock.instant();
        LocalDate today = today();
        requireValidParty(filing.partyType(), filing.partyIdentifier());
        requireKnownItems(filing.violationItems());
        if (filing.occurredOn().isAfter(today) || filing.actEndedOn() != null && filing.actEndedOn().isBefore(filing.occurredOn())) {
            throw ProblemException.unprocessable("ACT_DATES_INVALID", "Dates of the act out of order",
                    "occurredOn must not be in the future, and actEndedOn not before occurredOn");
        }
        LocalDate limitationStart = filing.actEndedOn() != null ? filing.actEndedOn() : filing.occurredOn();
        limitation.requireWithin(limitationStart, filing.harmedLifeHealthOrFinance(), today);
        ActingOfficers.requireTwoValid(filing.handlingCredentials(), standings(filing.handlingCredentials()), now);

        PenaltyCase penaltyCase = new PenaltyCase();
        penaltyCase.caseId = UUID.randomUUID().toString();
        long serial = ((Number) entityManager.createNativeQuery("select nextval('case_serial')").getSingleResult()).longValue();
        penaltyCase.caseNumber = agencyCode + "-" + today.getYear() + "-" + String.format("%06d", serial);
        penaltyCase.agencyCode = agencyCode;
        penaltyCase.regionCode = regionCode;
        penaltyCase.procedure = filing.procedure();
        penaltyCase.source = filing.source();
        penaltyCase.partyType = filing.partyType();
        penaltyCase.partyName = filing.partyName();
        penaltyCase.partyIdentifier = filing.partyIdentifier();
        penaltyCase.violationItems = filing.violationItems();
        penaltyCase.occurredOn = filing.occurredOn();
        penaltyCase.actEndedOn = filing.actEndedOn();
        penaltyCase.harmedLifeHealthOrFinance = filing.harmedLifeHealthOrFinance();
        penaltyCase.place = filing.place();
        penaltyCase.facts = filing.facts();
        penaltyCase.complex = filing.complex();
        penaltyCase.handlingCredentials.addAll(filing.handlingCredentials());
        penaltyCase.filedAt = now;
        if (filing.procedure() == Procedure.SUMMARY) {
            decideOnTheSpot(penaltyCase, filing, actor, now, today);
        } else {
            penaltyCase.status = CaseStatus.FILING_PENDING_APPROVAL;
            penaltyCase.persist();
            rules.filingApprovalWorkingDays().ifPresent(days ->
                    deadlines.startWorkingDays(penaltyCase, CaseDeadline.Kind.FILING_APPROVAL, "TR 62", today, days));
            timeline(penaltyCase, "FILED", actor, "general procedure; awaiting the head's approval (PL 54)");
            publishFiled(penaltyCase, now);
        }
        return penaltyCase;
    }

    /** PL 51-52, TR 61: the summary decision is made and handed over on the spot, then filed with the agency. */
    private void decideOnTheSpot(PenaltyCase penaltyCase, Filing filing, String actor, Instant now, LocalDate today) {
        if (filing.onTheSpotPenalty() == null || filing.onTheSpotLegalBasis() == null || filing.onTheSpotLegalBasis().isBlank()) {
            throw ProblemException.unprocessable("ON_THE_SPOT_PENALTY_REQUIRED", "On-the-spot penalty required",
                    "a summary case is decided on the spot: give onTheSpotPenalty and onTheSpotLegalBasis");
        }
        summaryLimit.require(filing.onTheSpotPenalty(), filing.partyType());
        Penalty penalty = filing.onTheSpotPenalty();
        penaltyCase.status = CaseStatus.SERVED;
        penaltyCase.decidedAt = now;
        penaltyCase.decisionKind = penalty.kind();
        penaltyCase.decisionAmount = penalty.amount();
        penaltyCase.decisionLegalBasis = filing.onTheSpotLegalBasis();
        penaltyCase.servedAt = now;
        penaltyCase.serviceMethod = "ON_THE_SPOT";
        penaltyCase.persist();
        timeline(penaltyCase, "FILED", actor, "summary procedure (PL 51)");
        timeline(penaltyCase, "DECIDED", actor, penalty.kind() + " " + penalty.amount().toPlainString() + " on the spot; "
                + filing.onTheSpotLegalBasis());
        deadlines.startWorkingDays(penaltyCase, CaseDeadline.Kind.SUMMARY_FILING, "TR 61", today, rules.summaryFilingWorkingDays());
        publishFiled(penaltyCase, now);
        outbox.publish(decided(penaltyCase, now));
        startPaymentIfFine(penaltyCase, today, now);
    }

    public PenaltyCase approveFiling(PenaltyCase penaltyCase, String actor) {
        Instant now = clock.instant();
        if (penaltyCase.procedure == Procedure.SUMMARY) {
            if (penaltyCase.filingApprovedAt != null) {
                throw Refusals.stateForbids("CASE_ALREADY_FILED", "Already filed", "the summary decision was already filed", "TR 61");
            }
            penaltyCase.filingApprovedAt = now;
            deadlines.meet(penaltyCase, CaseDeadline.Kind.SUMMARY_FILING);
            timeline(penaltyCase, "SUMMARY_DECISION_FILED", actor, "filed with the agency (TR 61)");
        } else {
            penaltyCase.status.requireOneOf("filing approval", CaseStatus.FILING_PENDING_APPROVAL);
            penaltyCase.filingApprovedAt = now;
            penaltyCase.status = CaseStatus.INVESTIGATING;
            deadlines.meet(penaltyCase, CaseDeadline.Kind.FILING_APPROVAL);
            deadlines.startDays(penaltyCase, CaseDeadline.Kind.DECISION, "PL 60", today(), rules.decisionDays());
            timeline(penaltyCase, "FILING_APPROVED", actor, "立案 approved (PL 54); decide within " + rules.decisionDays() + " days");
        }
        outbox.publish(new CaseFilingApproved(ref(penaltyCase), actor, now));
        return penaltyCase;
    }

    public PenaltyCase assignOfficers(PenaltyCase penaltyCase, List<String> credentials, String actor) {
        requireOpen(penaltyCase, "assigning officers");
        Instant now = clock.instant();
        ActingOfficers.requireTwoValid(credentials, standings(credentials), now);
        penaltyCase.handlingCredentials.clear();
        penaltyCase.handlingCredentials.addAll(credentials);
        penaltyCase.needsReassignment = false;
        timeline(penaltyCase, "OFFICERS_ASSIGNED", actor, String.join(", ", credentials));
        outbox.publish(new CaseOfficersAssigned(ref(penaltyCase), List.copyOf(credentials), now));
        return penaltyCase;
    }

    // ---------------------------------------------------------------- proposal and notice (告知)

    /** The intended penalty with its reasons; the discretion benchmark of the first item sets the range. */
    public DiscretionBenchmark.Assessment propose(PenaltyCase penaltyCase, Penalty penalty, String reasons, BigDecimal degree,
            Set<DiscretionBenchmark.Circumstance> circumstances, String actor) {
        penaltyCase.status.requireOneOf("a proposal", CaseStatus.INVESTIGATING);
        ViolationItem item = ViolationItem.findById(penaltyCase.violationItems.get(0));
        DiscretionBenchmark.Assessment assessment = DiscretionBenchmark.assess(item.name, item.measure, item.benchmark(),
                penaltyCase.partyType, degree, circumstances);
        boolean outside = penalty.isFine() && assessment.isOutsideRange(penalty.amount());
        if (outside && (reasons == null || reasons.isBlank())) {
            throw Refusals.factsForbid("OUTSIDE_RANGE_NEEDS_REASONS", "Fine outside the discretion range",
                    "罚款超出裁量基准的，应当书面说明理由并经法制审核: " + assessment.explanation(), "seed 000; PL 58");
        }
        penaltyCase.proposalKind = penalty.kind();
        penaltyCase.proposalAmount = penalty.amount();
        penaltyCase.proposalReasons = reasons;
        penaltyCase.proposalTier = assessment.level().name();
        penaltyCase.proposalOutsideRange = outside;
        timeline(penaltyCase, "PROPOSAL", actor, penalty.kind() + " " + penalty.amount().toPlainString() + "; " + assessment.explanation()
                + (outside ? "; OUTSIDE the range: " + reasons : ""));
        return assessment;
    }

    public PenaltyCase issueNotice(PenaltyCase penaltyCase, String actor) {
        penaltyCase.status.requireOneOf("the notice", CaseStatus.INVESTIGATING);
        Instant now = clock.instant();
        LocalDate today = today();
        if (penaltyCase.proposal() == null) {
            throw Refusals.stateForbids("PROPOSAL_REQUIRED", "No intended penalty", "record the proposal before notifying", "PL 44");
        }
        requireEvidence(penaltyCase, "notice");
        ActingOfficers.requireTwoValid(penaltyCase.handlingCredentialList(), standings(penaltyCase.handlingCredentialList()), now);
        penaltyCase.noticeAt = now;
        penaltyCase.noticeKind = penaltyCase.proposalKind;
        penaltyCase.noticeAmount = penaltyCase.proposalAmount;
        penaltyCase.hearingRights = hearingRights.apply(penaltyCase.notified(), penaltyCase.partyType);
        penaltyCase.status = CaseStatus.NOTIFIED;
        CaseDeadline statement = deadlines.startWorkingDays(penaltyCase, CaseDeadline.Kind.STATEMENT, "PL 44-45", today,
                rules.statementWorkingDays());
        LocalDate hearingLastDay = null;
        if (penaltyCase.hearingRights) {
            hearingLastDay = deadlines.startWorkingDays(penaltyCase, CaseDeadline.Kind.HEARING_REQUEST, "PL 64", today,
                    rules.hearingRequestWorkingDays()).dueOn;
        }
        timeline(penaltyCase, "NOTICE_ISSUED", actor, "告知 " + penaltyCase.noticeKind + " " + penaltyCase.noticeAmount.toPlainString()
                + (penaltyCase.hearingRights ? "; with the right to a hearing (PL 63)" : ""));
        outbox.publish(new NoticeIssued(ref(penaltyCase), penaltyCase.noticeKind.name(), penaltyCase.noticeAmount,
                penaltyCase.hearingRights, statement.dueOn, hearingLastDay, now));
        requestReviewIfNeeded(penaltyCase, penaltyCase.notified(), actor, now);
        return penaltyCase;
    }

    public CaseStatement recordStatement(PenaltyCase penaltyCase, String content, String answer, boolean waiveStatement,
            boolean waiveHearing, String actor) {
        penaltyCase.status.requireOneOf("a statement", CaseStatus.NOTIFIED, CaseStatus.HEARING_REQUESTED);
        CaseStatement statement = new CaseStatement();
        statement.caseId = penaltyCase.caseId;
        statement.at = clock.instant();
        statement.content = content;
        statement.answer = answer;
        statement.persist();
        penaltyCase.statementWaived |= waiveStatement;
        penaltyCase.hearingRequestWaived |= waiveHearing;
        timeline(penaltyCase, "STATEMENT", actor, content + (waiveStatement ? "; statement period waived in writing" : "")
                + (waiveHearing ? "; hearing waived in writing" : ""));
        return statement;
    }

    // ---------------------------------------------------------------- hearing (听证)

    public PenaltyCase requestHearing(PenaltyCase penaltyCase, String actor) {
        penaltyCase.status.requireOneOf("a hearing request", CaseStatus.NOTIFIED);
        if (!penaltyCase.hearingRights) {
            throw Refusals.factsForbid("NO_HEARING_RIGHT", "No right to a hearing",
                    "the notified penalty carries no right to a hearing", "PL 63");
        }
        CaseDeadline period = CaseDeadline.openOf(penaltyCase.caseId, CaseDeadline.Kind.HEARING_REQUEST).orElse(null);
        if (penaltyCase.hearingRequestWaived || period == null || today().isAfter(period.dueOn)) {
            throw Refusals.factsForbid("HEARING_REQUEST_TOO_LATE", "Hearing request too late",
                    "当事人应当在告知后五日内提出听证要求: the period has ended or the hearing was waived", "PL 64");
        }
        Instant now = clock.instant();
        penaltyCase.hearingRequestedAt = now;
        penaltyCase.status = CaseStatus.HEARING_REQUESTED;
        deadlines.meet(penaltyCase, CaseDeadline.Kind.HEARING_REQUEST);
        timeline(penaltyCase, "HEARING_REQUESTED", actor, "the party asked for a hearing");
        outbox.publish(new HearingRequested(ref(penaltyCase), now));
        return penaltyCase;
    }

    public PenaltyCase holdHearing(PenaltyCase penaltyCase, Instant heldAt, Instant notifiedAt, String chairCredential,
            boolean defaulted, String actor) {
        penaltyCase.status.requireOneOf("the hearing", CaseStatus.HEARING_REQUESTED);
        if (penaltyCase.handlingCredentials.contains(chairCredential)) {
            throw Refusals.factsForbid("HEARING_CHAIR_INVESTIGATED", "Chair took part in the investigation",
                    "听证由非本案调查人员主持: the chair is one of the case's investigating officers", "PL 64");
        }
        LocalDate notifiedOn = notifiedAt.atZone(BEIJING).toLocalDate();
        LocalDate heldOn = heldAt.atZone(BEIJING).toLocalDate();
        if (notifiedOn.plusDays(rules.hearingNoticeDays()).isAfter(heldOn)) {
            throw Refusals.factsForbid("HEARING_NOTICE_TOO_SHORT", "Hearing notified too late",
                    "应当在举行听证的七日前通知当事人: notified " + notifiedOn + ", held " + heldOn, "PL 64");
        }
        if (heldAt.isAfter(clock.instant())) {
            throw ProblemException.unprocessable("HEARING_NOT_YET_HELD", "Hearing in the future", "record a hearing once held");
        }
        penaltyCase.hearingSettledAt = heldAt;
        penaltyCase.hearingDefaulted = defaulted;
        penaltyCase.status = CaseStatus.NOTIFIED;
        timeline(penaltyCase, defaulted ? "HEARING_DEFAULTED" : "HEARING_HELD", actor,
                (defaulted ? "the party did not appear: hearing waived" : "hearing held") + "; chaired by " + chairCredential);
        outbox.publish(new HearingHeld(ref(penaltyCase), defaulted, chairCredential, heldAt));
        requestReviewIfNeeded(penaltyCase, penaltyCase.notified(), actor, clock.instant());
        return penaltyCase;
    }

    // ---------------------------------------------------------------- decision (决定)

    public PenaltyCase decide(PenaltyCase penaltyCase, Penalty penalty, String legalBasis, String actor) {
        penaltyCase.status.requireOneOf("the decision", CaseStatus.NOTIFIED, CaseStatus.HEARING_REQUESTED);
        Instant now = clock.instant();
        LocalDate today = today();
        requireEvidence(penaltyCase, "decision");
        ActingOfficers.requireTwoValid(penaltyCase.handlingCredentialList(), standings(penaltyCase.handlingCredentialList()), now);
        DefenceRights.requireHearingSettled(penaltyCase.hearingRequestedAt != null, penaltyCase.hearingSettledAt != null);
        CaseDeadline.openOf(penaltyCase.caseId, CaseDeadline.Kind.STATEMENT).ifPresent(period ->
                DefenceRights.requirePeriodOver("STATEMENT_PERIOD_OPEN", "陈述申辩", period.dueOn, penaltyCase.statementWaived, today,
                        "PL 44-45, 62"));
        if (penaltyCase.hearingRights && penaltyCase.hearingRequestedAt == null) {
            CaseDeadline.openOf(penaltyCase.caseId, CaseDeadline.Kind.HEARING_REQUEST).ifPresent(period ->
                    DefenceRights.requirePeriodOver("HEARING_REQUEST_PERIOD_OPEN", "听证申请", period.dueOn,
                            penaltyCase.hearingRequestWaived, today, "PL 64"));
        }
        DefenceRights.requireNotHeavier(penalty, penaltyCase.notified());
        LegalReviewRequirement.requireApproved(reviewReasons(penaltyCase, penalty), reviewApprovedAfterLatestRequest(penaltyCase));
        CaseDeadline.openOf(penaltyCase.caseId, CaseDeadline.Kind.DECISION)
                .ifPresent(limit -> DecisionTimeLimit.requireWithin(today, limit.dueOn));
        penaltyCase.decidedAt = now;
        penaltyCase.decisionKind = penalty.kind();
        penaltyCase.decisionAmount = penalty.amount();
        penaltyCase.decisionLegalBasis = legalBasis;
        penaltyCase.status = CaseStatus.DECIDED;
        deadlines.meet(penaltyCase, CaseDeadline.Kind.DECISION);
        deadlines.lapse(penaltyCase, CaseDeadline.Kind.STATEMENT);
        deadlines.lapse(penaltyCase, CaseDeadline.Kind.HEARING_REQUEST);
        deadlines.startDays(penaltyCase, CaseDeadline.Kind.SERVICE, "PL 61", today, rules.serviceDays());
        timeline(penaltyCase, "DECIDED", actor, penalty.kind() + " " + penalty.amount().toPlainString() + "; " + legalBasis
                + "; remedies: reconsideration within 60 days, lawsuit within 6 months (PL 59)");
        outbox.publish(decided(penaltyCase, now));
        return penaltyCase;
    }

    public PenaltyCase serve(PenaltyCase penaltyCase, String method, Instant servedAt, String electronicConsentReference,
            String actor) {
        penaltyCase.status.requireOneOf("service", CaseStatus.DECIDED);
        if ("ELECTRONIC".equals(method) && (electronicConsentReference == null || electronicConsentReference.isBlank())) {
            throw Refusals.factsForbid("ELECTRONIC_SERVICE_WITHOUT_CONSENT", "No consent to electronic service",
                    "当事人同意并签订确认书的，可以电子送达: record the party's consent", "PL 61");
        }
        if (servedAt.isAfter(clock.instant()) || servedAt.isBefore(penaltyCase.decidedAt)) {
            throw ProblemException.unprocessable("SERVICE_TIME_INVALID", "Service time out of order",
                    "servedAt must lie between the decision and now");
        }
        penaltyCase.servedAt = servedAt;
        penaltyCase.serviceMethod = method;
        penaltyCase.status = CaseStatus.SERVED;
        deadlines.meet(penaltyCase, CaseDeadline.Kind.SERVICE);
        timeline(penaltyCase, "SERVED", actor, method + (electronicConsentReference == null ? "" : "; consent " + electronicConsentReference));
        LocalDate servedOn = servedAt.atZone(BEIJING).toLocalDate();
        startPaymentIfFine(penaltyCase, servedOn, clock.instant());
        return penaltyCase;
    }

    /** A bank confirmation of payment (罚缴分离): the late fee is charged on what is paid late (PL 72). */
    public PenaltyCase recordPayment(PenaltyCase penaltyCase, BigDecimal amount, Instant paidAt, String bankReference, String actor) {
        penaltyCase.status.requireOneOf("a payment", CaseStatus.SERVED);
        if (penaltyCase.decisionKind != PenaltyKind.FINE) {
            throw Refusals.stateForbids("NOTHING_TO_PAY", "No fine to pay", "the decision imposes no fine", "PL 67");
        }
        LocalDate paidOn = paidAt.atZone(BEIJING).toLocalDate();
        long paused = RemedyPause.daysPending(CaseRemedy.of(penaltyCase.caseId).stream().map(CaseRemedy::pending).toList(),
                penaltyCase.paymentDueOn, paidOn);
        penaltyCase.lateFee = lateFee.on(penaltyCase.decisionAmount, penaltyCase.paymentDueOn, paidOn, paused);
        penaltyCase.paidAmount = penaltyCase.paidAmount.add(amount);
        boolean paidInFull = penaltyCase.paidAmount.compareTo(penaltyCase.decisionAmount.add(penaltyCase.lateFee)) >= 0;
        if (paidInFull) {
            penaltyCase.status = CaseStatus.PAID;
            deadlines.meet(penaltyCase, CaseDeadline.Kind.PAYMENT);
        }
        timeline(penaltyCase, "PAID", actor, amount.toPlainString() + " yuan, bank reference " + bankReference + "; late fee "
                + penaltyCase.lateFee.toPlainString() + (paidInFull ? "; paid in full" : ""));
        outbox.publish(new FinePaid(ref(penaltyCase), amount, penaltyCase.lateFee, bankReference, paidInFull, paidAt));
        return penaltyCase;
    }

    /**
     * The party applied for reconsideration or went to court (PL 73): the decision is still executed,
     * but the late fee does not accrue while the remedy is pending.
     */
    public CaseRemedy recordRemedy(PenaltyCase penaltyCase, CaseRemedy.Kind kind, String reviewingBody, String reference,
            LocalDate filedOn, String actor) {
        penaltyCase.status.requireOneOf("recording a remedy", CaseStatus.SERVED, CaseStatus.PAID, CaseStatus.CLOSED);
        if (penaltyCase.servedAt == null) {
            throw Refusals.stateForbids("NO_DECISION_SERVED", "No decision served",
                    "a remedy is against a penalty decision served on the party; this case was closed without one", "PL 73");
        }
        LocalDate servedOn = penaltyCase.servedAt.atZone(BEIJING).toLocalDate();
        if (filedOn.isBefore(servedOn) || filedOn.isAfter(today())) {
            throw Refusals.factsForbid("REMEDY_DATE_IMPOSSIBLE", "Remedy date impossible",
                    "a remedy is filed after the decision was served (" + servedOn + ") and not after today", "PL 73");
        }
        CaseRemedy remedy = new CaseRemedy();
        remedy.remedyId = UUID.randomUUID().toString();
        remedy.caseId = penaltyCase.caseId;
        remedy.kind = kind;
        remedy.reviewingBody = reviewingBody;
        remedy.reference = reference;
        remedy.filedOn = filedOn;
        remedy.recordedBy = actor;
        remedy.persist();
        timeline(penaltyCase, "REMEDY_FILED", actor, kind + " with " + reviewingBody + " on " + filedOn
                + "; the late fee does not accrue while it is pending (PL 73)");
        return remedy;
    }

    public CaseRemedy concludeRemedy(PenaltyCase penaltyCase, String remedyId, LocalDate concludedOn, CaseRemedy.Outcome outcome,
            String actor) {
        CaseRemedy remedy = CaseRemedy.findById(remedyId);
        if (remedy == null || !remedy.caseId.equals(penaltyCase.caseId)) {
            throw ProblemException.notFound("REMEDY_NOT_FOUND", "no remedy " + remedyId + " in case " + penaltyCase.caseNumber);
        }
        if (remedy.concludedOn != null) {
            throw Refusals.stateForbids("REMEDY_CONCLUDED", "Remedy already concluded",
                    "this remedy was concluded on " + remedy.concludedOn, "PL 73");
        }
        if (concludedOn.isBefore(remedy.filedOn) || concludedOn.isAfter(today())) {
            throw Refusals.factsForbid("REMEDY_DATE_IMPOSSIBLE", "Remedy date impossible",
                    "a remedy concludes on or after its filing (" + remedy.filedOn + ") and not after today", "PL 73");
        }
        remedy.concludedOn = concludedOn;
        remedy.outcome = outcome;
        timeline(penaltyCase, "REMEDY_CONCLUDED", actor, remedy.kind + " concluded on " + concludedOn + ": " + outcome);
        return remedy;
    }

    // ---------------------------------------------------------------- side exits

    public PenaltyCase decideNoPenalty(PenaltyCase penaltyCase, boolean firstOrMinor, boolean promptlyCorrected,
            boolean harmfulConsequences, String commitmentLetterReference, String education, String actor) {
        penaltyCase.status.requireOneOf("no penalty", CaseStatus.INVESTIGATING, CaseStatus.NOTIFIED);
        for (String code : penaltyCase.violationItems) {
            ViolationItem item = ViolationItem.findById(code);
            PenaltyExemption.requireExempt(item.onExemptionList, item.workSafety, firstOrMinor, promptlyCorrected,
                    harmfulConsequences, commitmentLetterReference);
        }
        Instant now = clock.instant();
        penaltyCase.status = CaseStatus.NO_PENALTY;
        penaltyCase.decidedAt = now;
        deadlines.meet(penaltyCase, CaseDeadline.Kind.DECISION);
        deadlines.lapse(penaltyCase, CaseDeadline.Kind.STATEMENT);
        deadlines.lapse(penaltyCase, CaseDeadline.Kind.HEARING_REQUEST);
        timeline(penaltyCase, "NO_PENALTY", actor, "不予处罚 (PL 33); commitment letter " + commitmentLetterReference + "; education: " + education);
        outbox.publish(new NoPenaltyDecided(ref(penaltyCase), "first or minor violation promptly corrected without harm",
                commitmentLetterReference, now));
        return penaltyCase;
    }

    /** 移送 (PL 27, 82; TP): the case goes to the judiciary with its five attachments; no fine is decided instead. */
    public PenaltyCase transfer(PenaltyCase penaltyCase, String receivingBody, TransferAttachments attachments, String actor) {
        penaltyCase.status.requireOneOf("a transfer", CaseStatus.INVESTIGATING, CaseStatus.NOTIFIED, CaseStatus.HEARING_REQUESTED,
                CaseStatus.DECIDED, CaseStatus.SERVED, CaseStatus.PAID);
        if (attachments.all().stream().anyMatch(a -> a == null || a.isBlank())) {
            throw Refusals.factsForbid("TRANSFER_ATTACHMENTS_INCOMPLETE", "Transfer attachments incomplete",
                    "移送应当附有移送书、调查报告、涉案物品清单、检验报告或鉴定意见及其他材料", "TP 5");
        }
        Instant now = clock.instant();
        penaltyCase.status = CaseStatus.TRANSFERRED;
        penaltyCase.transferReceiver = receivingBody;
        penaltyCase.transferAttachments = attachments.all();
        deadlines.lapse(penaltyCase, CaseDeadline.Kind.DECISION);
        deadlines.lapse(penaltyCase, CaseDeadline.Kind.STATEMENT);
        deadlines.lapse(penaltyCase, CaseDeadline.Kind.HEARING_REQUEST);
        deadlines.startDays(penaltyCase, CaseDeadline.Kind.TRANSFER_DELIVERY, "TP 8", today(), 1);
        timeline(penaltyCase, "TRANSFERRED", actor, "to " + receivingBody + "; earlier penalties stay in force (PL 35)");
        outbox.publish(new CaseTransferred(ref(penaltyCase), receivingBody, attachments.all(), now));
        return penaltyCase;
    }

    public PenaltyCase answerTransfer(PenaltyCase penaltyCase, boolean accepted, String remarks, String actor) {
        penaltyCase.status.requireOneOf("the transfer answer", CaseStatus.TRANSFERRED);
        if (penaltyCase.transferAccepted != null) {
            throw Refusals.stateForbids("TRANSFER_ALREADY_ANSWERED", "Already answered", "the receiver's answer is recorded", "TP 8");
        }
        Instant now = clock.instant();
        penaltyCase.transferAccepted = accepted;
        deadlines.meet(penaltyCase, CaseDeadline.Kind.TRANSFER_DELIVERY);
        timeline(penaltyCase, accepted ? "TRANSFER_ACCEPTED" : "TRANSFER_REFUSED", actor, remarks
                + (accepted ? "" : "; the agency may ask for reconsideration within 3 days (TP 9)"));
        outbox.publish(new TransferAnswered(ref(penaltyCase), accepted, remarks, now));
        return penaltyCase;
    }

    public PenaltyCase revoke(PenaltyCase penaltyCase, String revokedBy, String reason, String actor) {
        penaltyCase.status.requireOneOf("revocation", CaseStatus.DECIDED, CaseStatus.SERVED, CaseStatus.PAID, CaseStatus.CLOSED);
        Instant now = clock.instant();
        penaltyCase.status = CaseStatus.REVOKED;
        penaltyCase.revokedAt = now;
        deadlines.lapse(penaltyCase, CaseDeadline.Kind.SERVICE);
        deadlines.lapse(penaltyCase, CaseDeadline.Kind.PAYMENT);
        timeline(penaltyCase, "REVOKED", actor, revokedBy + ": " + reason);
        outbox.publish(new DecisionRevoked(ref(penaltyCase), revokedBy, reason, now));
        return penaltyCase;
    }

    public PenaltyCase close(PenaltyCase penaltyCase, String actor) {
        boolean warningServed = penaltyCase.status == CaseStatus.SERVED && penaltyCase.decisionKind != PenaltyKind.FINE;
        boolean transferAnswered = penaltyCase.status == CaseStatus.TRANSFERRED && penaltyCase.transferAccepted != null;
        if (!warningServed && !transferAnswered) {
            penaltyCase.status.requireOneOf("closing", CaseStatus.PAID, CaseStatus.NO_PENALTY);
        }
        if (penaltyCase.procedure == Procedure.SUMMARY && penaltyCase.filingApprovedAt == null) {
            throw Refusals.stateForbids("SUMMARY_NOT_FILED", "Summary decision not filed",
                    "当场作出的行政处罚决定应当报所属行政机关备案: file it first", "TR 61");
        }
        Instant now = clock.instant();
        String outcome = penaltyCase.status.name();
        penaltyCase.status = CaseStatus.CLOSED;
        penaltyCase.closedAt = now;
        timeline(penaltyCase, "CLOSED", actor, "结案 after " + outcome);
        outbox.publish(new CaseClosed(ref(penaltyCase), outcome, now));
        return penaltyCase;
    }

    public PenaltyCase archive(PenaltyCase penaltyCase, String actor) {
        penaltyCase.status.requireOneOf("archiving", CaseStatus.CLOSED);
        Instant now = clock.instant();
        penaltyCase.status = CaseStatus.ARCHIVED;
        penaltyCase.archivedAt = now;
        timeline(penaltyCase, "ARCHIVED", actor, "归档");
        outbox.publish(new CaseArchived(ref(penaltyCase), now));
        return penaltyCase;
    }

    /** The head extends the decision period (PL 60), at most the configured number of times. */
    public PenaltyCase extend(PenaltyCase penaltyCase, String reason, String actor) {
        penaltyCase.status.requireOneOf("an extension", CaseStatus.INVESTIGATING, CaseStatus.NOTIFIED, CaseStatus.HEARING_REQUESTED);
        if (penaltyCase.extensions >= rules.maxExtensions()) {
            throw Refusals.stateForbids("EXTENSION_LIMIT_REACHED", "No further extension",
                    "the decision period may be extended " + rules.maxExtensions() + " time(s)", "PL 60");
        }
        penaltyCase.extensions++;
        deadlines.extend(penaltyCase, CaseDeadline.Kind.DECISION, rules.extensionDays(), reason);
        timeline(penaltyCase, "EXTENDED", actor, rules.extensionDays() + " days: " + reason);
        return penaltyCase;
    }

    /** A review outcome arrived from review-service. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reviewCompleted(PenaltyCase penaltyCase, boolean approved, Instant completedAt, String opinion) {
        penaltyCase.reviewApprovedAt = approved ? completedAt : null;
        timeline(penaltyCase, approved ? "LEGAL_REVIEW_APPROVED" : "LEGAL_REVIEW_NOT_APPROVED", "review-service", opinion);
    }

    // ---------------------------------------------------------------- helpers

    private void requestReviewIfNeeded(PenaltyCase penaltyCase, Penalty penalty, String actor, Instant now) {
        Set<LegalReviewRequirement.Reason> reasons = reviewReasons(penaltyCase, penalty);
        if (reasons.isEmpty()) {
            return;
        }
        penaltyCase.reviewRequestedAt = now;
        timeline(penaltyCase, "LEGAL_REVIEW_REQUESTED", actor, "法制审核 required: " + reasons + " (PL 58)");
        outbox.publish(new LegalReviewRequested(ref(penaltyCase), reasons.stream().map(Enum::name).toList(),
                penaltyCase.handlingCredentialList(), now));
    }

    private Set<LegalReviewRequirement.Reason> reviewReasons(PenaltyCase penaltyCase, Penalty penalty) {
        boolean afterHearing = penaltyCase.hearingSettledAt != null && !penaltyCase.hearingDefaulted;
        return legalReview.reasons(penalty, penaltyCase.partyType, afterHearing, penaltyCase.complex, penaltyCase.proposalOutsideRange);
    }

    private static boolean reviewApprovedAfterLatestRequest(PenaltyCase penaltyCase) {
        return penaltyCase.reviewRequestedAt != null && penaltyCase.reviewApprovedAt != null
                && !penaltyCase.reviewApprovedAt.isBefore(penaltyCase.reviewRequestedAt);
    }

    private void startPaymentIfFine(PenaltyCase penaltyCase, LocalDate servedOn, Instant now) {
        LocalDate dueOn = null;
        if (penaltyCase.decisionKind == PenaltyKind.FINE) {
            dueOn = deadlines.startDays(penaltyCase, CaseDeadline.Kind.PAYMENT, "PL 67", servedOn, rules.paymentDays()).dueOn;
            penaltyCase.paymentDueOn = dueOn;
        }
        outbox.publish(new DecisionServed(ref(penaltyCase), penaltyCase.serviceMethod, dueOn, now));
    }

    private static void requireEvidence(PenaltyCase penaltyCase, String act) {
        if (CaseEvidence.countOf(penaltyCase.caseId) == 0) {
            throw Refusals.stateForbids("NO_EVIDENCE_RECORDED", "No evidence recorded",
                    "严禁先处罚后取证: no " + act + " before evidence is recorded for the case", "PL 40, 46; seed 000");
        }
    }

    private static void requireOpen(PenaltyCase penaltyCase, String act) {
        if (!penaltyCase.status.isOpen() || penaltyCase.status == CaseStatus.TRANSFERRED) {
            throw Refusals.stateForbids("CASE_STATE_FORBIDS_ACT", "Not allowed in this state",
                    act + " is not allowed while the case is " + penaltyCase.status, "PL 42");
        }
    }

    private static void requireValidParty(PartyType type, String identifier) {
        boolean valid = type == PartyType.INDIVIDUAL ? ResidentIdNumber.isValid(identifier) : UnifiedSocialCreditCode.isValid(identifier);
        if (!valid) {
            throw ProblemException.unprocessable("PARTY_IDENTIFIER_INVALID", "Invalid party identifier",
                    type == PartyType.INDIVIDUAL ? "居民身份证号码校验失败: not a valid resident ID number"
                            : "统一社会信用代码校验失败: not a valid unified social credit code");
        }
    }

    private static void requireKnownItems(List<String> codes) {
        for (String code : codes) {
            if (ViolationItem.findById(code) == null) {
                throw ProblemException.unprocessable("VIOLATION_ITEM_UNKNOWN", "Unknown violation item",
                        "no violation item " + code + " in the catalogue");
            }
        }
    }

    static List<ActingOfficers.Standing> standings(List<String> credentials) {
        return OfficerCredential.<OfficerCredential>list("credentialNumber in ?1", credentials).stream()
                .map(c -> new ActingOfficers.Standing(c.credentialNumber, c.status, c.annualReviewOverdue, c.validFrom, c.validTo))
                .toList();
    }

    private void publishFiled(PenaltyCase penaltyCase, Instant now) {
        outbox.publish(new CaseFiled(ref(penaltyCase), penaltyCase.procedure.name(), penaltyCase.source.name(),
                penaltyCase.partyType.name(), penaltyCase.partyName, penaltyCase.violationItems, penaltyCase.handlingCredentialList(), now));
    }

    private static CaseDecided decided(PenaltyCase penaltyCase, Instant now) {
        return new CaseDecided(ref(penaltyCase), penaltyCase.decisionKind.name(), penaltyCase.decisionAmount,
                penaltyCase.decisionLegalBasis, penaltyCase.partyType.name(), penaltyCase.partyName, penaltyCase.violationItems, now);
    }

    public static CaseRef ref(PenaltyCase penaltyCase) {
        return new CaseRef(penaltyCase.caseId, penaltyCase.caseNumber, penaltyCase.agencyCode, penaltyCase.regionCode);
    }

    private void timeline(PenaltyCase penaltyCase, String act, String actor, String detail) {
        CaseTimelineEntry entry = new CaseTimelineEntry();
        entry.caseId = penaltyCase.caseId;
        entry.act = act;
        entry.at = clock.instant();
        entry.actor = actor;
        entry.detail = detail;
        entry.persist();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BEIJING));
    }
}

package cn.enforcement.cases.domain;

import cn.enforcement.cases.domain.catalogue.CriminalMeasure;
import cn.enforcement.cases.domain.catalogue.DiscretionBenchmark;
import cn.enforcement.platform.events.cases.CaseRef;
import cn.enforcement.platform.events.review.LegalReviewCompleted;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import cn.enforcement.platform.events.cases.NamedPerson;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A penalty case (行政处罚案件) and where it stands in its procedure. */
@Entity
@Table(name = "penalty_case")
public class PenaltyCase extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public String caseId;

    @Column(name = "case_number", nullable = false, unique = true)
    public String caseNumber;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Procedure procedure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseSource source;

    /** Changed only as the procedure's transition table leads ({@link CaseProcedure}). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_type", nullable = false)
    public PartyType partyType;

    @Column(name = "party_name", nullable = false)
    public String partyName;

    /** Resident ID number of an individual, unified social credit code of an organisation. */
    @Column(name = "party_identifier", nullable = false)
    public String partyIdentifier;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "violation_items", nullable = false)
    public List<String> violationItems;

    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;

    /** The end of a continuing act, from which the limitation period runs (PL 36). */
    @Column(name = "act_ended_on")
    public LocalDate actEndedOn;

    @Column(name = "harmed_life_health_finance", nullable = false)
    public boolean harmedLifeHealthOrFinance;

    @Column(nullable = false)
    public String place;

    @Column(nullable = false, columnDefinition = "text")
    public String facts;

    /** A complex case (案情复杂) needs legal review (PL 58). */
    @Column(nullable = false)
    public boolean complex;

    /** A handling officer lost the right to act; the head must assign another. */
    @Column(name = "needs_reassignment", nullable = false)
    public boolean needsReassignment;

    @Column(name = "filed_at", nullable = false)
    public Instant filedAt;

    @Column(name = "filing_approved_at")
    public Instant filingApprovedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposal_kind")
    public PenaltyKind proposalKind;

    @Column(name = "proposal_amount", precision = 12, scale = 2)
    public BigDecimal proposalAmount;

    @Column(name = "proposal_reasons", columnDefinition = "text")
    public String proposalReasons;

    @Column(name = "proposal_tier")
    public String proposalTier;

    @Column(name = "proposal_outside_range", nullable = false)
    public boolean proposalOutsideRange;

    /** The degree of the violation by its item's measure, which placed it in a tier (e.g. tonnes over the limit). */
    @Column(name = "proposal_degree", precision = 14, scale = 2)
    public BigDecimal proposalDegree;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "proposal_circumstances")
    public List<String> proposalCircumstances;

    @Column(name = "proposal_tier_description")
    public String proposalTierDescription;

    /** The fine range of the tier for the party's type. */
    @Column(name = "proposal_range_min", precision = 12, scale = 2)
    public BigDecimal proposalRangeMin;

    @Column(name = "proposal_range_max", precision = 12, scale = 2)
    public BigDecimal proposalRangeMax;

    @Column(name = "notice_at")
    public Instant noticeAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "notice_kind")
    public PenaltyKind noticeKind;

    @Column(name = "notice_amount", precision = 12, scale = 2)
    public BigDecimal noticeAmount;

    @Column(name = "hearing_rights", nullable = false)
    public boolean hearingRights;

    @Column(name = "statement_waived", nullable = false)
    public boolean statementWaived;

    @Column(name = "hearing_request_waived", nullable = false)
    public boolean hearingRequestWaived;

    @Column(name = "hearing_requested_at")
    public Instant hearingRequestedAt;

    /** When the requested hearing was held or the party defaulted. */
    @Column(name = "hearing_settled_at")
    public Instant hearingSettledAt;

    /** The party did not appear at the hearing: a waiver (PL 64). */
    @Column(name = "hearing_defaulted", nullable = false)
    public boolean hearingDefaulted;

    /** When the party was notified of the hearing's time and place (听证通知书); a new notice replaces the schedule. */
    @Column(name = "hearing_notified_at")
    public Instant hearingNotifiedAt;

    @Column(name = "hearing_scheduled_at")
    public Instant hearingScheduledAt;

    @Column(name = "hearing_place", length = 200)
    public String hearingPlace;

    /** The credential of the officer appointed to chair the hearing. */
    @Column(name = "hearing_chair", length = 14)
    public String hearingChair;

    @Column(name = "review_requested_at")
    public Instant reviewRequestedAt;

    /** The latest request for legal review: only its outcome counts. */
    @Column(name = "review_request_id")
    public String reviewRequestId;

    @Column(name = "review_round", nullable = false)
    public int reviewRound;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_outcome")
    public LegalReviewCompleted.Outcome reviewOutcome;

    /** The reviewer's opinion and who gave it, as review-service published them. */
    @Column(name = "review_opinion")
    public String reviewOpinion;

    @Column(name = "review_reviewer")
    public String reviewReviewer;

    @Column(name = "review_completed_at")
    public Instant reviewCompletedAt;

    @Column(name = "review_id")
    public String reviewId;

    /** PL 57 ¶2: the heads must decide it in collective discussion (集体讨论). */
    @Column(name = "discussion_required", nullable = false)
    public boolean discussionRequired;

    /** When the heads' discussion of the latest review round concluded for the decision. */
    @Column(name = "discussion_for_decision_at")
    public Instant discussionForDecisionAt;

    @Column(name = "discussion_on_dispute", nullable = false)
    public boolean discussionOnDispute;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_kind")
    public PenaltyKind decisionKind;

    @Column(name = "decision_amount", precision = 12, scale = 2)
    public BigDecimal decisionAmount;

    @Column(name = "decision_legal_basis")
    public String decisionLegalBasis;

    @Column(name = "served_at")
    public Instant servedAt;

    @Column(name = "service_method")
    public String serviceMethod;

    @Column(name = "payment_due_on")
    public LocalDate paymentDueOn;

    @Column(name = "paid_amount", nullable = false, precision = 12, scale = 2)
    public BigDecimal paidAmount = BigDecimal.ZERO;

    @Column(name = "late_fee", nullable = false, precision = 12, scale = 2)
    public BigDecimal lateFee = BigDecimal.ZERO;

    /** The official receipt given for a fine collected on the spot (PL 68, 70); null when paid to the bank. */
    @Column(name = "collection_receipt")
    public String collectionReceipt;

    /** When the money collected on the spot reached the agency (PL 71). */
    @Column(name = "collection_handed_over_at")
    public Instant collectionHandedOverAt;

    @Column(name = "transfer_receiver")
    public String transferReceiver;

    /** The case's latest criminal transfer (or head's recorded decision not to transfer); null when none. */
    @Column(name = "transfer_id")
    public String transferId;

    private static final int MOST_NAMED = 50;

    /** The natural persons the case names besides an individual party (法定代表人, 驾驶员, 证人 …): personal data, never published. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "named_persons", nullable = false)
    public List<NamedPerson> namedPersons = new ArrayList<>();

    /** The plates of the vehicles the case names. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "vehicle_plates", nullable = false)
    public List<String> vehiclePlates = new ArrayList<>();

    /** What the investigation measured that criminal thresholds are stated in (涉案金额、次数、后果). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "measured_facts", nullable = false)
    public Map<CriminalMeasure, BigDecimal> measuredFacts = new EnumMap<>(CriminalMeasure.class);

    /** What the bank confirmed beyond the fine and late fee, to be refunded to the party. */
    @Column(name = "refund_due", nullable = false, precision = 12, scale = 2)
    public BigDecimal refundDue = NO_YUAN;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(nullable = false)
    public int extensions;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "archived_at")
    public Instant archivedAt;

    @Version
    public long version;

    /** Loaded with the case; for a page of cases, in one query for the page (batch), not one per case. */
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "case_officer", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "credential_number")
    public Set<String> handlingCredentials = new LinkedHashSet<>();

    public CaseStatus status() {
        return status;
    }

    /** The case begins its procedure where the table says a case of its procedure begins. */
    void beginProcedure() {
        status = CaseProcedure.initialStatus(procedure);
    }

    /** Refuses the act unless the procedure allows it in the case's present state (its guards included). */
    public void require(CaseAct act) {
        CaseProcedure.require(this, act);
    }

    /**
     * The act, required before it began, is done: the case enters the state the procedure's table leads it to, if the
     * act changes it.
     */
    void complete(CaseAct act) {
        CaseStatus next = CaseProcedure.rowFor(this, act).next();
        if (next != null) {
            status = next;
        }
    }

    /** 立案: a case filed with its particulars under the agency and region, numbered; its procedure begins. */
    public static PenaltyCase filed(String caseNumber, String agencyCode, String regionCode, Filing filing, Instant filedAt) {
        PenaltyCase penaltyCase = new PenaltyCase();
        penaltyCase.caseId = UUID.randomUUID().toString();
        penaltyCase.caseNumber = caseNumber;
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
        penaltyCase.namePersons(filing.persons(), filing.vehiclePlates());
        penaltyCase.filedAt = filedAt;
        penaltyCase.beginProcedure();
        return penaltyCase;
    }

    /** 当场处罚 (PL 51-52): a summary case is decided, and the decision handed over, on the spot. */
    public void decideOnTheSpot(Penalty penalty, String legalBasis, Instant at) {
        decidedAt = at;
        decisionKind = penalty.kind();
        decisionAmount = penalty.amount();
        decisionLegalBasis = legalBasis;
        servedAt = at;
        serviceMethod = "ON_THE_SPOT";
    }

    /** 立案批准 (PL 54): the head approves the filing and the investigation begins. */
    public void approveFiling(Instant at) {
        filingApprovedAt = at;
        complete(CaseAct.APPROVE_FILING);
    }

    /** 备案 (TR 61): the summary decision is filed with the agency. */
    public void fileSummaryDecision(Instant at) {
        filingApprovedAt = at;
    }

    /** 指派 (PL 42): the officers who handle the case from now on; the case no longer waits for reassignment. */
    public void assignOfficers(List<String> credentials) {
        handlingCredentials.clear();
        handlingCredentials.addAll(credentials);
        needsReassignment = false;
    }

    /** 处罚建议: the intended penalty, placed by the discretion benchmark of the case's first item. */
    public void propose(Penalty penalty, String reasons, DiscretionBenchmark.Assessment assessment, boolean outsideRange,
            BigDecimal degree, List<String> circumstances) {
        proposalKind = penalty.kind();
        proposalAmount = penalty.amount();
        proposalReasons = reasons;
        proposalTier = assessment.level().name();
        proposalOutsideRange = outsideRange;
        proposalDegree = degree;
        proposalCircumstances = circumstances;
        proposalTierDescription = assessment.description();
        proposalRangeMin = assessment.min();
        proposalRangeMax = assessment.max();
    }

    /** 告知 (PL 44): the party is told the proposed penalty, with a right to a hearing or not (PL 63). */
    public void notifyParty(Instant at, boolean withHearingRights) {
        noticeAt = at;
        noticeKind = proposalKind;
        noticeAmount = proposalAmount;
        hearingRights = withHearingRights;
        complete(CaseAct.ISSUE_NOTICE);
    }

    /** The party waived in writing its statement period, its hearing, or both; a waiver is not taken back. */
    public void recordWaivers(boolean statementPeriod, boolean hearing) {
        statementWaived |= statementPeriod;
        hearingRequestWaived |= hearing;
    }

    /** 申请听证 (PL 64). */
    public void requestHearing(Instant at) {
        hearingRequestedAt = at;
        complete(CaseAct.REQUEST_HEARING);
    }

    /** 听证通知 (PL 64): when and where the hearing is held and who chairs it; a later notice replaces the schedule. */
    public void scheduleHearing(Instant notifiedAt, Instant scheduledAt, String place, String chairCredential) {
        hearingNotifiedAt = notifiedAt;
        hearingScheduledAt = scheduledAt;
        hearingPlace = place;
        hearingChair = chairCredential;
    }

    /** The hearing was held, or the party did not appear, which waives it (PL 64). */
    public void settleHearing(Instant at, boolean defaulted) {
        hearingSettledAt = at;
        hearingDefaulted = defaulted;
        complete(CaseAct.HOLD_HEARING);
    }

    /** 法制审核 (PL 58): a new round of review is asked for; only its outcome counts, and the heads discuss it where required. */
    public void requestLegalReview(String requestId, Instant at, boolean collectiveDiscussionRequired) {
        reviewRequestId = requestId;
        reviewRound++;
        reviewRequestedAt = at;
        reviewOutcome = null;
        reviewCompletedAt = null;
        reviewId = null;
        discussionRequired = collectiveDiscussionRequired;
        discussionForDecisionAt = null;
        discussionOnDispute = false;
    }

    /** The outcome of the latest round, as review-service published it. */
    public void legalReviewCompleted(LegalReviewCompleted review) {
        reviewOutcome = review.outcome();
        reviewCompletedAt = review.completedAt();
        reviewId = review.reviewId();
        reviewOpinion = review.opinion();
        reviewReviewer = review.reviewerId();
    }

    /** 集体讨论 (PL 57 ¶2): the heads concluded for the decision (when) or against it, on a disputed review or not. */
    public void collectivelyDiscussed(Instant forDecisionAt, boolean onDispute) {
        discussionForDecisionAt = forDecisionAt;
        discussionOnDispute = onDispute;
    }

    /** 处罚决定 (PL 57, 59). */
    public void decide(Penalty penalty, String legalBasis, Instant at) {
        decidedAt = at;
        decisionKind = penalty.kind();
        decisionAmount = penalty.amount();
        decisionLegalBasis = legalBasis;
        complete(CaseAct.DECIDE);
    }

    /** 延长办案期限 (PL 60). */
    public void extendDecisionPeriod() {
        extensions++;
    }

    /** 送达 (PL 61). */
    public void serve(String method, Instant at) {
        servedAt = at;
        serviceMethod = method;
        complete(CaseAct.SERVE);
    }

    /** The last day to pay a served fine (PL 67). */
    public void payableBy(LocalDate dueOn) {
        paymentDueOn = dueOn;
    }

    /**
     * A payment the bank confirmed, with the late fee charged on the fine at its date (PL 72): paid in full the case is
     * paid; more than owed is kept as a refund due, never taken silently.
     *
     * @return whether the fine and late fee are now paid in full
     */
    public boolean pay(BigDecimal amount, BigDecimal lateFeeAtPayment) {
        lateFee = lateFeeAtPayment;
        paidAmount = paidAmount.add(amount);
        refundDue = paidAmount.subtract(decisionAmount.add(lateFee)).max(NO_YUAN);
        boolean paidInFull = outstanding().signum() == 0;
        if (paidInFull) {
            complete(CaseAct.CONFIRM_PAYMENT);
        }
        return paidInFull;
    }

    /** 当场收缴 (PL 68-70): the fine taken on the spot against the official receipt. */
    public void collectOnTheSpot(String receiptNumber) {
        paidAmount = decisionAmount;
        collectionReceipt = receiptNumber;
        complete(CaseAct.COLLECT_ON_THE_SPOT);
    }

    /** The money collected on the spot reached the agency (PL 71). */
    public void collectedFineHandedOver(Instant at) {
        collectionHandedOverAt = at;
    }

    /** 不予处罚 (PL 33). */
    public void decideNoPenalty(Instant at) {
        complete(CaseAct.DECIDE_NO_PENALTY);
        decidedAt = at;
    }

    /** 撤销. */
    public void revoke(Instant at) {
        complete(CaseAct.REVOKE);
        revokedAt = at;
    }

    /** 结案 (TR 84). */
    public void close(Instant at) {
        complete(CaseAct.CLOSE);
        closedAt = at;
    }

    /** 归档. */
    public void archive(Instant at) {
        complete(CaseAct.ARCHIVE);
        archivedAt = at;
    }

    /** What the investigation measured that criminal thresholds are stated in; the latest measure of each counts. */
    public void measured(Map<CriminalMeasure, BigDecimal> measures) {
        measuredFacts = new EnumMap<>(measures);
    }

    /** The case's latest criminal transfer (or recorded decision not to transfer). */
    public void transferBegun(String latestTransferId) {
        transferId = latestTransferId;
    }

    /** 移送 (PL 27): the case went to the receiving body. */
    public void transferred(String receiverName) {
        complete(CaseAct.DELIVER_TRANSFER);
        transferReceiver = receiverName;
    }

    public Penalty proposal() {
        return proposalKind == null ? null : new Penalty(proposalKind, proposalAmount);
    }

    public Penalty notified() {
        return noticeKind == null ? null : new Penalty(noticeKind, noticeAmount);
    }

    /** The officers name further persons or vehicles; a plate named twice is kept once; at most 50 of each. */
    public void namePersons(List<NamedPerson> persons, List<String> plates) {
        List<NamedPerson> named = new ArrayList<>(namedPersons);
        named.addAll(persons);
        List<String> vehicles = new ArrayList<>(vehiclePlates);
        plates.stream().filter(plate -> !vehicles.contains(plate)).forEach(vehicles::add);
        if (named.size() > MOST_NAMED || vehicles.size() > MOST_NAMED) {
            throw CaseProblem.PERSONS_TOO_MANY.refuse(named.size() + " persons and " + vehicles.size() + " vehicles would be named");
        }
        namedPersons = named;
        vehiclePlates = vehicles;
    }

    /** Every natural person the case names, an individual party first. */
    public List<NamedPerson> personsNamed() {
        List<NamedPerson> persons = new ArrayList<>();
        if (partyType == PartyType.INDIVIDUAL) {
            persons.add(new NamedPerson(NamedPerson.Role.PARTY, partyName, partyIdentifier, null, null));
        }
        persons.addAll(namedPersons);
        return persons;
    }

    public List<String> handlingCredentialList() {
        return new ArrayList<>(handlingCredentials);
    }

    /** Zero, in yuan and fen, as the amounts are kept. */
    public static final BigDecimal NO_YUAN = new BigDecimal("0.00");

    /** What the party still owes of the fine and the late fee charged so far. */
    public BigDecimal outstanding() {
        return decisionAmount.add(lateFee).subtract(paidAmount).max(NO_YUAN);
    }

    public CaseRef ref() {
        return new CaseRef(caseId, caseNumber, agencyCode, regionCode);
    }
}

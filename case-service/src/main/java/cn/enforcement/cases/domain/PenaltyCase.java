package cn.enforcement.cases.domain;

import cn.enforcement.cases.domain.transfer.CriminalMeasure;
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
    public void beginProcedure() {
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
    public void complete(CaseAct act) {
        CaseStatus next = CaseProcedure.rowFor(this, act).next();
        if (next != null) {
            status = next;
        }
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

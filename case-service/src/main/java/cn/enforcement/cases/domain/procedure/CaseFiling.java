package cn.enforcement.cases.domain.procedure;

import cn.enforcement.cases.domain.TimelineAct;
import cn.enforcement.cases.domain.CaseAct;
import cn.enforcement.cases.domain.CaseDeadline;
import cn.enforcement.cases.domain.CaseProblem;
import cn.enforcement.cases.domain.CaseRules;
import cn.enforcement.cases.domain.LimitationPeriod;
import cn.enforcement.cases.domain.PartyType;
import cn.enforcement.cases.domain.Penalty;
import cn.enforcement.cases.domain.PenaltyCase;
import cn.enforcement.cases.domain.Procedure;
import cn.enforcement.cases.domain.SummaryProcedureLimit;
import cn.enforcement.cases.domain.catalogue.ViolationItem;
import cn.enforcement.platform.law.ProcedureNumbers;
import cn.enforcement.platform.events.cases.CaseFiled;
import cn.enforcement.platform.events.cases.NamedPerson;
import cn.enforcement.platform.events.cases.CaseFilingApproved;
import cn.enforcement.platform.events.cases.CaseOfficersAssigned;
import cn.enforcement.platform.identity.ResidentIdNumber;
import cn.enforcement.platform.identity.UnifiedSocialCreditCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Filing (立案, PL 54; TR 62-63): a case is filed by two officers, approved by the head, and given its officers. */
@ApplicationScoped
@Transactional
public class CaseFiling {

    private final CaseJournal journal;
    private final CaseRules rules;
    private final ProcedureNumbers law;
    private final DecisionAndPayment decisions;
    private final EntityManager entityManager;
    private final LimitationPeriod limitation;
    private final SummaryProcedureLimit summaryLimit;

    CaseFiling(CaseJournal journal, CaseRules rules, ProcedureNumbers law, DecisionAndPayment decisions, EntityManager entityManager) {
        this.journal = journal;
        this.rules = rules;
        this.law = law;
        this.decisions = decisions;
        this.entityManager = entityManager;
        this.limitation = new LimitationPeriod(rules.limitationYears(), rules.limitationYearsForHarm());
        this.summaryLimit = new SummaryProcedureLimit(rules.summaryFineLimitIndividual(), rules.summaryFineLimitOrganisation());
    }

    public PenaltyCase file(Filing filing, String agencyCode, String regionCode, String actor) {
        Instant now = journal.now();
        LocalDate today = journal.today();
        requireValidParty(filing.partyType(), filing.partyIdentifier());
        requireKnownItems(filing.violationItems());
        if (filing.occurredOn().isAfter(today) || filing.actEndedOn() != null
                && (filing.actEndedOn().isBefore(filing.occurredOn()) || filing.actEndedOn().isAfter(today))) {
            throw CaseProblem.ACT_DATES_INVALID.refuse(
                    "occurredOn and actEndedOn must not be in the future, and actEndedOn not before occurredOn");
        }
        limitation.requireWithin(filing.limitationStart(), filing.harmedLifeHealthOrFinance(), today);
        HandlingOfficers.requireMayAct(filing.handlingCredentials(), agencyCode, now);

        PenaltyCase penaltyCase = newCase(filing, agencyCode, regionCode, today);
        penaltyCase.filedAt = now;
        if (filing.procedure() == Procedure.SUMMARY) {
            decideOnTheSpot(penaltyCase, filing, actor, now, today);
            return penaltyCase;
        }
        penaltyCase.beginProcedure();
        penaltyCase.persist();
        rules.filingApprovalWorkingDays().ifPresent(days ->
                journal.deadlines().startWorkingDays(penaltyCase, CaseDeadline.Kind.FILING_APPROVAL, "TR 62", today, days));
        journal.record(penaltyCase, TimelineAct.FILED, actor, "general procedure; awaiting the head's approval (PL 54)");
        publishFiled(penaltyCase);
        return penaltyCase;
    }

    /** PL 51-52, TR 61: the summary decision is made and handed over on the spot, then filed with the agency. */
    private void decideOnTheSpot(PenaltyCase penaltyCase, Filing filing, String actor, Instant now, LocalDate today) {
        Penalty penalty = filing.onTheSpotPenalty();
        if (penalty == null || filing.onTheSpotLegalBasis() == null || filing.onTheSpotLegalBasis().isBlank()) {
            throw CaseProblem.ON_THE_SPOT_PENALTY_REQUIRED.refuse(
                    "a summary case is decided on the spot: give onTheSpotPenalty and onTheSpotLegalBasis");
        }
        summaryLimit.require(penalty, filing.partyType());
        penaltyCase.beginProcedure();
        penaltyCase.decidedAt = now;
        penaltyCase.decisionKind = penalty.kind();
        penaltyCase.decisionAmount = penalty.amount();
        penaltyCase.decisionLegalBasis = filing.onTheSpotLegalBasis();
        penaltyCase.servedAt = now;
        penaltyCase.serviceMethod = "ON_THE_SPOT";
        penaltyCase.persist();
        journal.record(penaltyCase, TimelineAct.FILED, actor, "summary procedure (PL 51)");
        journal.record(penaltyCase, TimelineAct.DECIDED, actor, penalty.kind() + " " + penalty.amount().toPlainString() + " on the spot; "
                + filing.onTheSpotLegalBasis());
        journal.deadlines().startWorkingDays(penaltyCase, CaseDeadline.Kind.SUMMARY_FILING, "TR 61", today,
                rules.summaryFilingWorkingDays());
        publishFiled(penaltyCase);
        decisions.publishDecided(penaltyCase);
        decisions.startPaymentIfFine(penaltyCase, today);
    }

    public PenaltyCase approveFiling(PenaltyCase penaltyCase, String actor) {
        if (penaltyCase.procedure == Procedure.SUMMARY) {
            penaltyCase.require(CaseAct.FILE_SUMMARY_DECISION);
            penaltyCase.filingApprovedAt = journal.now();
            journal.deadlines().meet(penaltyCase, CaseDeadline.Kind.SUMMARY_FILING);
            journal.record(penaltyCase, TimelineAct.SUMMARY_DECISION_FILED, actor, "filed with the agency (TR 61)");
        } else {
            penaltyCase.require(CaseAct.APPROVE_FILING);
            penaltyCase.filingApprovedAt = journal.now();
            penaltyCase.complete(CaseAct.APPROVE_FILING);
            journal.deadlines().meet(penaltyCase, CaseDeadline.Kind.FILING_APPROVAL);
            journal.deadlines().startDays(penaltyCase, CaseDeadline.Kind.DECISION, "PL 60", journal.today(), law.decisionDays());
            journal.record(penaltyCase, TimelineAct.FILING_APPROVED, actor, "立案 approved (PL 54); decide within " + law.decisionDays() + " days");
        }
        journal.publish(new CaseFilingApproved(penaltyCase.ref(), actor, penaltyCase.filingApprovedAt));
        return penaltyCase;
    }

    public PenaltyCase assignOfficers(PenaltyCase penaltyCase, List<String> credentials, String actor) {
        penaltyCase.require(CaseAct.ASSIGN_OFFICERS);
        Instant now = journal.now();
        HandlingOfficers.requireMayAct(credentials, penaltyCase.agencyCode, now);
        penaltyCase.handlingCredentials.clear();
        penaltyCase.handlingCredentials.addAll(credentials);
        penaltyCase.needsReassignment = false;
        journal.record(penaltyCase, TimelineAct.OFFICERS_ASSIGNED, actor, String.join(", ", credentials));
        journal.publish(new CaseOfficersAssigned(penaltyCase.ref(), List.copyOf(credentials), now));
        return penaltyCase;
    }

    /** The officers name persons or vehicles the case involves after filing (a witness heard, a driver identified). */
    public PenaltyCase namePersons(PenaltyCase penaltyCase, List<NamedPerson> persons, List<String> plates, String actor) {
        penaltyCase.require(CaseAct.NAME_PERSONS);
        penaltyCase.namePersons(persons, plates);
        journal.record(penaltyCase, TimelineAct.PERSONS_NAMED, actor, persons.size() + " persons, " + plates.size() + " vehicles");
        return penaltyCase;
    }

    private void publishFiled(PenaltyCase penaltyCase) {
        journal.publish(new CaseFiled(penaltyCase.ref(), penaltyCase.procedure.name(), penaltyCase.source.name(),
                penaltyCase.partyType.name(), penaltyCase.partyName, penaltyCase.violationItems, penaltyCase.handlingCredentialList(),
                penaltyCase.filedAt));
    }

    private PenaltyCase newCase(Filing filing, String agencyCode, String regionCode, LocalDate today) {
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
        penaltyCase.namePersons(filing.persons(), filing.vehiclePlates());
        return penaltyCase;
    }

    private static void requireValidParty(PartyType type, String identifier) {
        boolean valid = type == PartyType.INDIVIDUAL ? ResidentIdNumber.isValid(identifier) : UnifiedSocialCreditCode.isValid(identifier);
        if (!valid) {
            throw CaseProblem.PARTY_IDENTIFIER_INVALID.refuse(
                    type == PartyType.INDIVIDUAL ? "居民身份证号码校验失败: not a valid resident ID number"
                            : "统一社会信用代码校验失败: not a valid unified social credit code");
        }
    }

    private static void requireKnownItems(List<String> codes) {
        for (String code : codes) {
            if (ViolationItem.findById(code) == null) {
                throw CaseProblem.VIOLATION_ITEM_UNKNOWN.refuse("no violation item " + code + " in the catalogue");
            }
        }
    }
}

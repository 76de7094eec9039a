package cn.enforcement.cases.domain.procedure;

import cn.enforcement.cases.domain.ActContext;
import cn.enforcement.cases.domain.CaseJournal;
import cn.enforcement.cases.domain.Filing;
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

    public PenaltyCase file(Filing filing, String agencyCode, String regionCode, ActContext act) {
        Instant now = act.performedAt();
        LocalDate today = act.day();
        requireValidParty(filing.partyType(), filing.partyIdentifier());
        requireKnownItems(filing.violationItems());
        if (filing.occurredOn().isAfter(today) || filing.actEndedOn() != null
                && (filing.actEndedOn().isBefore(filing.occurredOn()) || filing.actEndedOn().isAfter(today))) {
            throw CaseProblem.ACT_DATES_INVALID.refuse(
                    "occurredOn and actEndedOn must not be in the future, and actEndedOn not before occurredOn");
        }
        limitation.requireWithin(filing.limitationStart(), filing.harmedLifeHealthOrFinance(), today);
        HandlingOfficers.requireMayAct(filing.handlingCredentials(), agencyCode, now);

        PenaltyCase penaltyCase = PenaltyCase.filed(nextCaseNumber(agencyCode, today), agencyCode, regionCode, filing, now);
        if (filing.procedure() == Procedure.SUMMARY) {
            decideOnTheSpot(penaltyCase, filing, act);
            return penaltyCase;
        }
        penaltyCase.persist();
        rules.filingApprovalWorkingDays().ifPresent(days ->
                journal.deadlines().startWorkingDays(penaltyCase, CaseDeadline.Kind.FILING_APPROVAL, "TR 62", today, days));
        journal.record(penaltyCase, TimelineAct.FILED, act, "general procedure; awaiting the head's approval (PL 54)");
        publishFiled(penaltyCase);
        return penaltyCase;
    }

    /** PL 51-52, TR 61: the summary decision is made and handed over on the spot, then filed with the agency. */
    private void decideOnTheSpot(PenaltyCase penaltyCase, Filing filing, ActContext act) {
        Instant now = act.performedAt();
        LocalDate today = act.day();
        Penalty penalty = filing.onTheSpotPenalty();
        if (penalty == null || filing.onTheSpotLegalBasis() == null || filing.onTheSpotLegalBasis().isBlank()) {
            throw CaseProblem.ON_THE_SPOT_PENALTY_REQUIRED.refuse(
                    "a summary case is decided on the spot: give onTheSpotPenalty and onTheSpotLegalBasis");
        }
        summaryLimit.require(penalty, filing.partyType());
        penaltyCase.decideOnTheSpot(penalty, filing.onTheSpotLegalBasis(), now);
        penaltyCase.persist();
        journal.record(penaltyCase, TimelineAct.FILED, act, "summary procedure (PL 51)");
        journal.record(penaltyCase, TimelineAct.DECIDED, act, penalty.kind() + " " + penalty.amount().toPlainString() + " on the spot; "
                + filing.onTheSpotLegalBasis());
        journal.deadlines().startWorkingDays(penaltyCase, CaseDeadline.Kind.SUMMARY_FILING, "TR 61", today,
                rules.summaryFilingWorkingDays());
        publishFiled(penaltyCase);
        decisions.publishDecided(penaltyCase);
        decisions.startPaymentIfFine(penaltyCase, today, act);
    }

    public PenaltyCase approveFiling(PenaltyCase penaltyCase, ActContext act) {
        if (penaltyCase.procedure == Procedure.SUMMARY) {
            penaltyCase.require(CaseAct.FILE_SUMMARY_DECISION);
            penaltyCase.fileSummaryDecision(act.performedAt());
            journal.deadlines().meet(penaltyCase, CaseDeadline.Kind.SUMMARY_FILING);
            journal.record(penaltyCase, TimelineAct.SUMMARY_DECISION_FILED, act, "filed with the agency (TR 61)");
        } else {
            penaltyCase.require(CaseAct.APPROVE_FILING);
            penaltyCase.approveFiling(act.performedAt());
            journal.deadlines().meet(penaltyCase, CaseDeadline.Kind.FILING_APPROVAL);
            journal.deadlines().startDays(penaltyCase, CaseDeadline.Kind.DECISION, "PL 60", act.day(), law.decisionDays());
            journal.record(penaltyCase, TimelineAct.FILING_APPROVED, act, "立案 approved (PL 54); decide within " + law.decisionDays() + " days");
        }
        journal.publish(new CaseFilingApproved(penaltyCase.ref(), act.actor(), penaltyCase.filingApprovedAt));
        return penaltyCase;
    }

    public PenaltyCase assignOfficers(PenaltyCase penaltyCase, List<String> credentials, ActContext act) {
        penaltyCase.require(CaseAct.ASSIGN_OFFICERS);
        Instant now = act.performedAt();
        HandlingOfficers.requireMayAct(credentials, penaltyCase.agencyCode, now);
        penaltyCase.assignOfficers(credentials);
        journal.record(penaltyCase, TimelineAct.OFFICERS_ASSIGNED, act, String.join(", ", credentials));
        journal.publish(new CaseOfficersAssigned(penaltyCase.ref(), List.copyOf(credentials), now));
        return penaltyCase;
    }

    /** The officers name persons or vehicles the case involves after filing (a witness heard, a driver identified). */
    public PenaltyCase namePersons(PenaltyCase penaltyCase, List<NamedPerson> persons, List<String> plates, ActContext act) {
        penaltyCase.require(CaseAct.NAME_PERSONS);
        penaltyCase.namePersons(persons, plates);
        journal.record(penaltyCase, TimelineAct.PERSONS_NAMED, act, persons.size() + " persons, " + plates.size() + " vehicles");
        return penaltyCase;
    }

    private void publishFiled(PenaltyCase penaltyCase) {
        journal.publish(new CaseFiled(penaltyCase.ref(), penaltyCase.procedure.name(), penaltyCase.source.name(),
                penaltyCase.partyType.name(), penaltyCase.partyName, penaltyCase.violationItems, penaltyCase.handlingCredentialList(),
                penaltyCase.filedAt));
    }

    /** The agency's next case number of the year: its code, the year and a serial. */
    private String nextCaseNumber(String agencyCode, LocalDate today) {
        long serial = ((Number) entityManager.createNativeQuery("select nextval('case_serial')").getSingleResult()).longValue();
        return agencyCode + "-" + today.getYear() + "-" + String.format("%06d", serial);
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

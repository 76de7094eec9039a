package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.CaseAccessLog;
import cn.enforcement.cases.domain.CaseAct;
import cn.enforcement.cases.domain.CaseProblem;
import cn.enforcement.cases.domain.PenaltyCase;
import cn.enforcement.cases.readmodel.OfficerCredential;
import cn.enforcement.problem.PlatformProblem;
import cn.enforcement.problem.ProblemException;
import cn.enforcement.problem.ReportsRefusals;
import cn.enforcement.platform.security.AgencyScope;
import cn.enforcement.platform.security.RegionCode;
import cn.enforcement.platform.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import java.time.Clock;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Who may do what with a case: officers act on their agency's cases they handle; agency heads
 * approve filings, extensions, transfers and decisions of their agency; agency staff read their
 * agency's cases; supervisors read within their region; an evaluator of another agency reads a file drawn for
 * them until they have scored it; the payment platform only posts payments.
 * Every access is written to the case's access log.
 */
@RequestScoped
public class CaseAccess {

    /** The agency's staff who work on its cases. */
    static final Set<String> CASE_STAFF = Set.of(Roles.OFFICER, Roles.AGENCY_HEAD, Roles.LEGAL_REVIEWER);

    private final AgencyScope scope;
    private final Clock clock;

    CaseAccess(AgencyScope scope, Clock clock) {
        this.scope = scope;
        this.clock = clock;
    }

    /** Read by its agency's staff, the region's supervisors, and the evaluator it was drawn for in an evaluation round. */
    public PenaltyCase forRead(String caseId) {
        PenaltyCase penaltyCase = find(caseId);
        if (scope.mayRead(penaltyCase.agencyCode, penaltyCase.regionCode, CASE_STAFF)) {
            log(penaltyCase, "READ");
        } else if (scope.evaluates(caseId)) {
            log(penaltyCase, "EVALUATION_READ");
        } else {
            throw unknown(caseId);
        }
        return penaltyCase;
    }

    /** An act of the handling officers. */
    public PenaltyCase forOfficerAct(String caseId) {
        PenaltyCase penaltyCase = find(caseId);
        scope.requireOwnAgency(penaltyCase.agencyCode, penaltyCase.regionCode, () -> unknown(caseId));
        requireHandles(penaltyCase.handlingCredentials);
        log(penaltyCase, "CHANGE");
        return penaltyCase;
    }

    /** An act reserved to the agency head (负责人). */
    public PenaltyCase forHeadAct(String caseId) {
        PenaltyCase penaltyCase = find(caseId);
        if (!scope.hasRole(Roles.AGENCY_HEAD)) {
            throw CaseProblem.AGENCY_HEAD_ONLY.refuse("this act is the agency head's (负责人)");
        }
        scope.requireOwnAgency(penaltyCase.agencyCode, penaltyCase.regionCode, () -> unknown(caseId));
        log(penaltyCase, "CHANGE");
        return penaltyCase;
    }

    /** A document of the case is issued by one of its handling officers or by the agency head. */
    public PenaltyCase forDocument(String caseId) {
        PenaltyCase penaltyCase = find(caseId);
        scope.requireOwnAgency(penaltyCase.agencyCode, penaltyCase.regionCode, () -> unknown(caseId));
        if (!scope.hasRole(Roles.AGENCY_HEAD)) {
            requireHandles(penaltyCase.handlingCredentials);
        }
        log(penaltyCase, "CHANGE");
        return penaltyCase;
    }

    /** A record the agency head or the legal office keeps, such as the party's remedies (复议、诉讼 are the legal office's work). */
    public PenaltyCase forLegalRecord(String caseId) {
        PenaltyCase penaltyCase = find(caseId);
        if (!scope.hasRole(Roles.AGENCY_HEAD) && !scope.hasRole(Roles.LEGAL_REVIEWER)) {
            throw CaseProblem.HEAD_OR_LEGAL_OFFICE_ONLY.refuse("this record is kept by the agency head or the legal office");
        }
        scope.requireOwnAgency(penaltyCase.agencyCode, penaltyCase.regionCode, () -> unknown(caseId));
        log(penaltyCase, "CHANGE");
        return penaltyCase;
    }

    public PenaltyCase forPayment(String caseId) {
        PenaltyCase penaltyCase = find(caseId);
        if (!scope.regionCode().covers(new RegionCode(penaltyCase.regionCode))) {
            throw unknown(caseId);
        }
        log(penaltyCase, "PAYMENT");
        return penaltyCase;
    }

    /**
     * The case of a transfer a judicial partner reads or answers; the caller's right to the transfer is checked
     * by the channel (the body in its token), the access logged here like every other.
     */
    public PenaltyCase forJudicialPartner(String caseId, String action) {
        PenaltyCase penaltyCase = find(caseId);
        log(penaltyCase, action);
        return penaltyCase;
    }

    /** The caller files a case as one of its handling officers. */
    public void requireHandles(Collection<String> credentials) {
        if (!scope.hasRole(Roles.OFFICER)) {
            throw CaseProblem.HANDLING_OFFICER_ONLY.refuse("this act is the handling officers'");
        }
        if (!handles(credentials)) {
            throw CaseProblem.NOT_HANDLING_OFFICER.refuse("you are not one of the officers handling this case");
        }
    }

    /**
     * What the caller would be answered if they performed an act of this performer on the case they read; empty when
     * their roles and agency allow it (the act's own rules are judged when it is performed).
     */
    @ReportsRefusals
    public Optional<ProblemException> refusalOf(CaseAct.Performer performer, PenaltyCase penaltyCase) {
        boolean ownAgency = penaltyCase.agencyCode.equals(scope.agencyCode());
        ProblemException refusal = switch (performer) {
            case HANDLING_OFFICER -> !scope.hasRole(Roles.OFFICER) ? CaseProblem.HANDLING_OFFICER_ONLY.refuse("this act is the handling officers'")
                    : !ownAgency || !handles(penaltyCase.handlingCredentials)
                            ? CaseProblem.NOT_HANDLING_OFFICER.refuse("you are not one of the officers handling this case") : null;
            case AGENCY_HEAD -> !scope.hasRole(Roles.AGENCY_HEAD) || !ownAgency
                    ? CaseProblem.AGENCY_HEAD_ONLY.refuse("this act is the agency head's (负责人)") : null;
            case HEAD_OR_LEGAL_OFFICE -> !(scope.hasRole(Roles.AGENCY_HEAD) || scope.hasRole(Roles.LEGAL_REVIEWER)) || !ownAgency
                    ? CaseProblem.HEAD_OR_LEGAL_OFFICE_ONLY.refuse("this record is kept by the agency head or the legal office") : null;
            case PAYMENT_PLATFORM -> scope.hasRole(Roles.PAYMENT_PLATFORM) ? null
                    : PlatformProblem.FORBIDDEN.refuse("payments are confirmed by the payment platform only");
        };
        return Optional.ofNullable(refusal);
    }

    private boolean handles(Collection<String> credentials) {
        return OfficerCredential.anyHeldBy(credentials, scope.username());
    }

    public boolean seesFullIdentifiers(PenaltyCase penaltyCase) {
        return penaltyCase.agencyCode.equals(scope.agencyCode());
    }

    public String actor() {
        return scope.subject();
    }

    private void log(PenaltyCase penaltyCase, String action) {
        CaseAccessLog.write(penaltyCase.caseId, scope.subject(), action, clock.instant());
    }

    private static PenaltyCase find(String caseId) {
        return PenaltyCase.<PenaltyCase>findByIdOptional(caseId).orElseThrow(() -> unknown(caseId));
    }

    /** The answer for a case that does not exist, and for one the caller may not know of. */
    private static ProblemException unknown(String caseId) {
        return CaseProblem.CASE_NOT_FOUND.refuse("no case " + caseId);
    }
}

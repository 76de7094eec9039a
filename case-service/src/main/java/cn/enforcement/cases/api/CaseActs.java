package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.CaseRules;
import cn.enforcement.cases.domain.PenaltyCase;
import cn.enforcement.platform.time.BeijingTime;
import jakarta.enterprise.context.RequestScoped;
import java.time.Clock;
import java.util.function.Consumer;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * How every act on a case is carried out: the caller's right to the act is checked (and the access
 * logged), the act is done, and the answer is the case as it now stands.
 */
@RequestScoped
public class CaseActs {

    private final CaseAccess access;
    private final CaseRules rules;
    private final Clock clock;

    CaseActs(CaseAccess access, CaseRules rules, Clock clock) {
        this.access = access;
        this.rules = rules;
        this.clock = clock;
    }

    /** An act of the case's handling officers. */
    public RestResponse<CaseView> byHandlingOfficer(String caseId, Consumer<PenaltyCase> act) {
        return done(access.forOfficerAct(caseId), act);
    }

    /** An act reserved to the agency head (负责人). */
    public RestResponse<CaseView> byHead(String caseId, Consumer<PenaltyCase> act) {
        return done(access.forHeadAct(caseId), act);
    }

    /** A record kept by the agency head or the legal office. */
    public RestResponse<CaseView> byLegalOffice(String caseId, Consumer<PenaltyCase> act) {
        return done(access.forLegalRecord(caseId), act);
    }

    /** The payment platform's confirmation. */
    public RestResponse<CaseView> byPaymentPlatform(String caseId, Consumer<PenaltyCase> act) {
        return done(access.forPayment(caseId), act);
    }

    public String actor() {
        return access.actor();
    }

    public CaseView view(PenaltyCase penaltyCase) {
        return CaseView.of(penaltyCase, access.seesFullIdentifiers(penaltyCase), BeijingTime.today(clock), rules.deadlineWarningDays());
    }

    private RestResponse<CaseView> done(PenaltyCase penaltyCase, Consumer<PenaltyCase> act) {
        act.accept(penaltyCase);
        PenaltyCase.getEntityManager().flush();
        return RestResponse.ok(view(penaltyCase));
    }
}

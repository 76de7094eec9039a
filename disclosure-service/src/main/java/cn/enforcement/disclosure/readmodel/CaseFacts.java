package cn.enforcement.disclosure.readmodel;

import cn.enforcement.platform.events.cases.CaseDecided;
import cn.enforcement.platform.events.cases.CaseEvent;
import cn.enforcement.platform.events.cases.CaseFiled;
import cn.enforcement.platform.events.cases.CaseTransferred;
import cn.enforcement.platform.events.cases.DecisionRevoked;
import cn.enforcement.platform.events.cases.NoPenaltyDecided;
import cn.enforcement.platform.events.cases.RemedyConcluded;
import cn.enforcement.platform.events.cases.RemedyFiled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Keeps {@link CaseFact} and {@link RemedyFact} from case-service's events, in whatever order they arrive. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseFacts {

    public void filed(CaseFiled event) {
        CaseFact fact = factOf(event);
        fact.procedure = event.procedure();
        fact.filedAt = event.at();
        fact.violationItems = event.violationItems();
    }

    public void decided(CaseDecided event) {
        CaseFact fact = factOf(event);
        fact.procedure = event.procedure();
        fact.decidedAt = event.at();
        fact.penaltyKind = event.penaltyKind();
        fact.amount = event.amount();
        fact.violationItems = event.violationItems();
    }

    public void noPenalty(NoPenaltyDecided event) {
        factOf(event).noPenaltyAt = event.at();
    }

    public void transferred(CaseTransferred event) {
        factOf(event).transferredAt = event.at();
    }

    public void revoked(DecisionRevoked event) {
        factOf(event).revokedAt = event.at();
    }

    public void remedyFiled(RemedyFiled event) {
        if (RemedyFact.findById(event.remedyId()) != null) {
            return;
        }
        RemedyFact remedy = new RemedyFact();
        remedy.remedyId = event.remedyId();
        remedy.caseId = event.caseRef().caseId();
        remedy.agencyCode = event.caseRef().agencyCode();
        remedy.regionCode = event.caseRef().regionCode();
        remedy.kind = event.kind();
        remedy.filedOn = event.filedOn();
        remedy.persist();
    }

    public void remedyConcluded(RemedyConcluded event) {
        RemedyFact remedy = RemedyFact.findById(event.remedyId());
        if (remedy != null) {
            remedy.concludedOn = event.concludedOn();
            remedy.outcome = event.outcome();
        }
    }

    private static CaseFact factOf(CaseEvent event) {
        CaseFact fact = CaseFact.findById(event.caseRef().caseId());
        if (fact == null) {
            fact = new CaseFact();
            fact.caseId = event.caseRef().caseId();
            fact.agencyCode = event.caseRef().agencyCode();
            fact.regionCode = event.caseRef().regionCode();
            fact.persist();
        }
        return fact;
    }
}

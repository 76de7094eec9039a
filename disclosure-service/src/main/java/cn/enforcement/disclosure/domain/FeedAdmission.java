package cn.enforcement.disclosure.domain;

import cn.enforcement.disclosure.readmodel.CaseFact;
import cn.enforcement.platform.agencies.KnownAgencies;
import cn.enforcement.platform.events.DomainEvent;
import cn.enforcement.platform.inbox.EventRefusedException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;

/**
 * What another service tells of a case enters the supervision feed only as case-service knows the case: under the case's
 * own agency and region, as case-service itself checks a review's answer. An event of no case names an agency of the
 * registry, if it names one. What fails goes to the dead letters with the reason, never to the partners.
 */
@ApplicationScoped
public class FeedAdmission {

    private final KnownAgencies agencies;
    private final ObjectMapper json;

    FeedAdmission(KnownAgencies agencies, ObjectMapper json) {
        this.agencies = agencies;
        this.json = json;
    }

    public void requireInScope(DomainEvent event) {
        String caseId = SupervisionFeed.caseOf(json.valueToTree(event));
        if (caseId == null) {
            if (event.agencyCode() != null && agencies.find(event.agencyCode()).isEmpty()) {
                throw new EventRefusedException(event.getClass().getSimpleName() + " names agency " + event.agencyCode()
                        + ", which the registry does not know");
            }
            return;
        }
        CaseFact fact = CaseFact.findById(caseId);
        if (fact == null) {
            // retried: the case's own events travel on another topic and may still be on their way
            throw new IllegalStateException(event.getClass().getSimpleName() + " names case " + caseId + ", not known here yet");
        }
        if (!Objects.equals(fact.agencyCode, event.agencyCode()) || !Objects.equals(fact.regionCode, event.regionCode())) {
            throw new EventRefusedException(event.getClass().getSimpleName() + " of case " + caseId + " names agency "
                    + event.agencyCode() + " in region " + event.regionCode() + "; the case is of " + fact.agencyCode + " in "
                    + fact.regionCode);
        }
    }
}

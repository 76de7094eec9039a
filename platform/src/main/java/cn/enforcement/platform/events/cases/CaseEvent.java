package cn.enforcement.platform.events.cases;

import cn.enforcement.platform.events.DomainEvent;
import java.time.Instant;

/** A step of one penalty case; keyed by the case id so a case's steps stay in order. */
public interface CaseEvent extends DomainEvent {

    CaseRef caseRef();

    /** When the step was taken. */
    Instant at();

    @Override
    default String aggregateId() {
        return caseRef().caseId();
    }

    @Override
    default String agencyCode() {
        return caseRef().agencyCode();
    }

    @Override
    default String regionCode() {
        return caseRef().regionCode();
    }
}

package cn.enforcement.platform.events.personnel;

import cn.enforcement.platform.events.DomainEvent;
import java.time.Instant;

/** A change of one credential; keyed by its number, carrying the credential as it now stands. */
public interface CredentialEvent extends DomainEvent {

    CredentialSnapshot credential();

    /** When the change took effect; read models ignore a snapshot older than the one they hold. */
    Instant effectiveAt();

    @Override
    default String aggregateId() {
        return credential().credentialNumber();
    }

    @Override
    default String agencyCode() {
        return credential().agencyCode();
    }

    @Override
    default String regionCode() {
        return credential().regionCode();
    }
}

package cn.enforcement.platform.events.personnel;

import cn.enforcement.platform.events.DomainEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An enforcement credential (执法证件) was issued. Carries what the case read model and the public
 * roster keep, so neither calls personnel-service back.
 */
public record CredentialIssued(
        String credentialNumber,
        String officerId,
        String officerName,
        String agencyCode,
        String regionCode,
        String post,
        List<String> enforcementFields,
        LocalDate validFrom,
        LocalDate validTo,
        Instant effectiveAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return credentialNumber;
    }
}

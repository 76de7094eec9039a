package cn.enforcement.platform.events.personnel;

import cn.enforcement.platform.events.DomainEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An enforcement agency (执法主体) as the registry now holds it: every service that shows or checks an agency keeps
 * the latest (by {@code recordedAt}). {@code shortName} begins the agency's document numbers (吉长交执罚〔2026〕第1号).
 */
public record AgencyRecorded(
        String agencyCode,
        String fullName,
        String shortName,
        String regionCode,
        String parentCode,
        String creditCode,
        List<String> enforcementFields,
        String address,
        String contactPhone,
        LocalDate inForceFrom,
        LocalDate inForceTo,
        Instant recordedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return agencyCode;
    }
}

package cn.enforcement.personnel.api;

import cn.enforcement.personnel.domain.EnforcementAgency;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An enforcement agency of the registry. */
@Schema(name = "Agency")
public record AgencyView(String agencyCode, String fullName, String shortName, String regionCode, String parentCode, String creditCode,
        List<String> enforcementFields, String address, String contactPhone, LocalDate inForceFrom, LocalDate inForceTo,
        String recordedBy, Instant recordedAt) {

    static AgencyView of(EnforcementAgency a) {
        return new AgencyView(a.agencyCode, a.fullName, a.shortName, a.regionCode, a.parentCode, a.creditCode, a.enforcementFields,
                a.address, a.contactPhone, a.inForceFrom, a.inForceTo, a.recordedBy, a.recordedAt);
    }
}

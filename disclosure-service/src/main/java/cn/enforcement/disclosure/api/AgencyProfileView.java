package cn.enforcement.disclosure.api;

import cn.enforcement.platform.agencies.KnownAgency;

import cn.enforcement.disclosure.domain.AgencyProfile;
import cn.enforcement.disclosure.readmodel.EnforcementPower;
import cn.enforcement.platform.events.cases.ViolationItemPublished;
import java.time.LocalDate;
import java.util.List;

/** An agency as the public sees it on a day: the profile version in force and its list of powers (权责清单). */
public record AgencyProfileView(String agencyCode, String regionCode, LocalDate effectiveFrom, String name, String duties,
        String legalBasis, List<String> enforcementFields, String procedures, String timeLimits, String reconsiderationBody, String court,
        String complaintPhone, String complaintMail, String complaintAddress, List<Power> powers) {

    public record Power(String code, String name, String enforcementField, String illegalActBasis, String penaltyBasis, String measure,
            List<ViolationItemPublished.Tier> tiers) {
    }

    /** An agency of the registry that has not published its profile yet: its name and region only. */
    static AgencyProfileView registeredOnly(KnownAgency agency) {
        return new AgencyProfileView(agency.agencyCode, agency.regionCode, null, agency.fullName, null, null, List.of(), null, null, null,
                null, null, null, null, List.of());
    }

    static AgencyProfileView of(AgencyProfile p, boolean withPowers) {
        return new AgencyProfileView(p.agencyCode, p.regionCode, p.effectiveFrom, p.name, p.duties, p.legalBasis, p.enforcementFields,
                p.procedures, p.timeLimits, p.reconsiderationBody, p.court, p.complaintPhone, p.complaintMail, p.complaintAddress,
                withPowers ? EnforcementPower.ofFields(p.enforcementFields).stream().map(e -> new Power(e.code, e.name, e.enforcementField,
                        e.illegalActBasis, e.penaltyBasis, e.measure, e.tiers)).toList() : null);
    }
}

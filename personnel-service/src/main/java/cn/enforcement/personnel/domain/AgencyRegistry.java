package cn.enforcement.personnel.domain;

import cn.enforcement.platform.events.personnel.AgencyRecorded;
import cn.enforcement.platform.hashing.Sha256;
import cn.enforcement.platform.identity.UnifiedSocialCreditCode;
import cn.enforcement.platform.outbox.Outbox;
import cn.enforcement.platform.security.RegionCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The province's registry of enforcement agencies (执法主体): who may enforce, under which name and credit code, in
 * which region, under which parent. Every change is published (AgencyRecorded) in its transaction.
 */
@ApplicationScoped
@Transactional
public class AgencyRegistry {

    /** What a personnel admin records of an agency. */
    public record AgencyRecord(String fullName, String shortName, String regionCode, String parentCode, String creditCode,
            List<EnforcementField> enforcementFields, String address, String contactPhone, LocalDate inForceFrom, LocalDate inForceTo) {
    }

    private final Outbox outbox;
    private final Clock clock;

    AgencyRegistry(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Registers the agency under its code, or records the change of one registered. */
    public EnforcementAgency record(String agencyCode, AgencyRecord record, String actor) {
        requireConsistent(agencyCode, record);
        EnforcementAgency agency = EnforcementAgency.findById(agencyCode);
        boolean registered = agency != null;
        if (!registered) {
            agency = new EnforcementAgency();
            agency.agencyCode = agencyCode;
        }
        agency.fullName = record.fullName().strip();
        agency.shortName = record.shortName().strip();
        agency.regionCode = record.regionCode();
        agency.parentCode = record.parentCode();
        agency.creditCode = record.creditCode();
        agency.enforcementFields = record.enforcementFields().stream().map(Enum::name).distinct().toList();
        agency.address = record.address();
        agency.contactPhone = record.contactPhone();
        agency.inForceFrom = record.inForceFrom();
        agency.inForceTo = record.inForceTo();
        agency.recordedBy = actor;
        agency.recordedAt = clock.instant();
        if (!registered) {
            agency.persist();
        }
        publish(agency);
        return agency;
    }

    /** Agencies a migration wrote or changed, published once (at start-up, once across replicas). */
    public int publishUnpublished() {
        int published = 0;
        for (EnforcementAgency agency : EnforcementAgency.<EnforcementAgency>listAll()) {
            if (!digestOf(agency.recorded()).equals(agency.publishedDigest)) {
                publish(agency);
                published++;
            }
        }
        return published;
    }

    private void publish(EnforcementAgency agency) {
        AgencyRecorded event = agency.recorded();
        agency.publishedDigest = digestOf(event);
        outbox.publish(event);
    }

    private static String digestOf(AgencyRecorded event) {
        return Sha256.hex(event.toString());
    }

    private static void requireConsistent(String agencyCode, AgencyRecord record) {
        if (!RegionCode.isValid(record.regionCode()) || !RegionCode.ofAgency(agencyCode).covers(new RegionCode(record.regionCode()))) {
            throw PersonnelProblem.REGION_OUTSIDE_AGENCY.refuse(
                    "机构代码应以所在区划代码开头: agency " + agencyCode + " is not an agency of region " + record.regionCode());
        }
        if (!UnifiedSocialCreditCode.isValid(record.creditCode())) {
            throw PersonnelProblem.CREDIT_CODE_INVALID.refuse("统一社会信用代码校验失败: " + record.creditCode());
        }
        if (EnforcementAgency.count("creditCode = ?1 and agencyCode <> ?2", record.creditCode(), agencyCode) > 0) {
            throw PersonnelProblem.CREDIT_CODE_TAKEN.refuse("another agency is registered under credit code " + record.creditCode());
        }
        if (record.inForceTo() != null && !record.inForceTo().isAfter(record.inForceFrom())) {
            throw PersonnelProblem.AGENCY_PERIOD_INVALID.refuse("inForceTo must come after inForceFrom");
        }
        if (record.parentCode() != null) {
            EnforcementAgency parent = EnforcementAgency.findById(record.parentCode());
            if (parent == null || parent.agencyCode.equals(agencyCode)
                    || !new RegionCode(parent.regionCode).covers(new RegionCode(record.regionCode()))) {
                throw PersonnelProblem.AGENCY_PARENT_INVALID.refuse(
                        "the parent must be another registered agency whose region covers " + record.regionCode());
            }
        }
    }
}

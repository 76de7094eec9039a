package cn.enforcement.personnel.domain;

import cn.enforcement.platform.events.personnel.LegalQualificationRecorded;
import cn.enforcement.platform.events.personnel.OfficerLeftPost;
import cn.enforcement.platform.events.personnel.OfficerMoved;
import cn.enforcement.platform.events.personnel.OfficerRegistered;
import cn.enforcement.platform.events.personnel.OfficerUpdated;
import cn.enforcement.platform.identity.ResidentIdNumber;
import cn.enforcement.platform.outbox.Outbox;
import cn.enforcement.platform.security.RegionCode;
import cn.enforcement.platform.time.BeijingTime;
import cn.enforcement.problem.PlatformProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The enforcement registry (执法人员): officers, their posts, and their legal qualification. */
@ApplicationScoped
@Transactional
public class OfficerRegistry {

    private final Outbox outbox;
    private final Clock clock;
    private final CredentialOffice credentials;

    OfficerRegistry(Outbox outbox, Clock clock, CredentialOffice credentials) {
        this.outbox = outbox;
        this.clock = clock;
        this.credentials = credentials;
    }

    public record Registration(String name, String gender, String idNumber, String agencyCode, String regionCode,
            String post, List<EnforcementField> enforcementFields, String username, String education, String photoObjectKey) {
    }

    public Officer register(Registration registration) {
        if (!ResidentIdNumber.isValid(registration.idNumber())) {
            throw PersonnelProblem.ID_NUMBER_INVALID.refuse(
                    "居民身份证号码校验失败: the ID number is not 18 characters with a valid birth date and check digit");
        }
        requireWithinAgencyRegion(registration.agencyCode(), registration.regionCode());
        if (Officer.byIdNumber(registration.idNumber()).isPresent()) {
            throw PersonnelProblem.OFFICER_ALREADY_REGISTERED.refuse("an officer with this ID number is already registered");
        }
        if (registration.username() != null && Officer.count("username", registration.username()) > 0) {
            throw PersonnelProblem.USERNAME_TAKEN.refuse("another officer is already linked to login " + registration.username());
        }
        Officer officer = new Officer();
        officer.officerId = UUID.randomUUID().toString();
        officer.idNumber = registration.idNumber();
        officer.gender = registration.gender();
        officer.agencyCode = registration.agencyCode();
        officer.regionCode = registration.regionCode();
        officer.username = registration.username();
        officer.registeredAt = clock.instant();
        describe(officer, registration.name(), registration.post(), registration.enforcementFields(),
                registration.education(), registration.photoObjectKey());
        officer.persist();
        outbox.publish(new OfficerRegistered(officer.officerId, officer.name, officer.agencyCode, officer.regionCode,
                officer.post, officer.enforcementFields, officer.username, officer.registeredAt));
        return officer;
    }

    /** Corrects an officer's details; the public roster and credential snapshots follow. */
    public Officer update(Officer officer, String name, String post, List<EnforcementField> fields, String education,
            String photoObjectKey) {
        requireOnPost(officer);
        describe(officer, name, post, fields, education, photoObjectKey);
        outbox.publish(new OfficerUpdated(officer.officerId, officer.name, officer.agencyCode, officer.regionCode,
                officer.post, officer.enforcementFields, clock.instant()));
        return officer;
    }

    /** Moves an officer to another agency or post (调动); the credential in force moves with them. */
    public Officer move(Officer officer, String agencyCode, String regionCode, String post) {
        requireOnPost(officer);
        requireWithinAgencyRegion(agencyCode, regionCode);
        String previousAgency = officer.agencyCode;
        officer.agencyCode = agencyCode;
        officer.regionCode = regionCode;
        officer.post = post;
        outbox.publish(new OfficerMoved(officer.officerId, officer.name, previousAgency, agencyCode, regionCode, post,
                clock.instant()));
        return officer;
    }

    /** The officer leaves the enforcement post (离岗); the credential in force is cancelled (注销, seed 004). */
    public Officer leavePost(Officer officer, String reason, String actor) {
        requireOnPost(officer);
        Instant now = clock.instant();
        Credential.inForceOf(officer.officerId)
                .ifPresent(credential -> credentials.cancel(credential, "officer left the enforcement post: " + reason, actor));
        officer.onPost = false;
        officer.leftPostAt = now;
        outbox.publish(new OfficerLeftPost(officer.officerId, officer.agencyCode, officer.regionCode, reason, now));
        return officer;
    }

    public Officer recordLegalQualification(Officer officer, String certificateNumber, LocalDate obtainedOn) {
        if (obtainedOn != null && obtainedOn.isAfter(BeijingTime.today(clock))) {
            throw PersonnelProblem.LEGAL_QUALIFICATION_IN_FUTURE.refuse("obtainedOn " + obtainedOn + " is after today");
        }
        officer.legalQualificationCertificate = certificateNumber;
        officer.legalQualificationObtainedOn = obtainedOn;
        outbox.publish(new LegalQualificationRecorded(officer.officerId, officer.agencyCode, officer.regionCode,
                certificateNumber != null, certificateNumber, obtainedOn, clock.instant()));
        return officer;
    }

    private static void describe(Officer officer, String name, String post, List<EnforcementField> fields, String education,
            String photoObjectKey) {
        officer.name = name;
        officer.post = post;
        officer.enforcementFields = fields.stream().map(Enum::name).toList();
        officer.education = education;
        officer.photoObjectKey = photoObjectKey;
    }

    private static void requireOnPost(Officer officer) {
        if (!officer.onPost) {
            throw PersonnelProblem.OFFICER_NOT_ON_POST.refuse(
                    "the officer left the enforcement post on " + officer.leftPostAt, "seed 004");
        }
    }

    /** An officer enforces where the agency does: the officer's region lies within the agency's (220100001 serves 2201xx). */
    private static void requireWithinAgencyRegion(String agencyCode, String regionCode) {
        if (EnforcementAgency.findById(agencyCode) == null) {
            throw PlatformProblem.AGENCY_UNKNOWN.refuse("no enforcement agency " + agencyCode + " in the registry");
        }
        if (!RegionCode.isValid(regionCode) || !RegionCode.ofAgency(agencyCode).covers(new RegionCode(regionCode))) {
            throw PersonnelProblem.REGION_OUTSIDE_AGENCY.refuse(
                    "执法区域应在所属机关辖区内: region " + regionCode + " is not served by agency " + agencyCode);
        }
    }
}

package cn.enforcement.personnel.domain;

import cn.enforcement.platform.events.personnel.CredentialIssued;
import cn.enforcement.platform.events.personnel.OfficerRegistered;
import cn.enforcement.platform.outbox.Outbox;
import cn.enforcement.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** Registers officers and issues their credentials; each change and its event commit together. */
@ApplicationScoped
@Transactional
public class OfficerRegistry {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Outbox outbox;
    private final Clock clock;
    private final EntityManager entityManager;

    OfficerRegistry(Outbox outbox, Clock clock, EntityManager entityManager) {
        this.outbox = outbox;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    public record Registration(String name, String gender, String idNumber, String agencyCode, String regionCode,
            String post, List<EnforcementField> enforcementFields) {
    }

    public Officer register(Registration registration) {
        if (!ResidentIdNumber.isValid(registration.idNumber())) {
            throw ProblemException.unprocessable("ID_NUMBER_INVALID", "Invalid resident ID number",
                    "居民身份证号码校验失败: the ID number is not 18 characters with a valid birth date and check digit");
        }
        if (Officer.byIdNumber(registration.idNumber()).isPresent()) {
            throw ProblemException.conflict("OFFICER_ALREADY_REGISTERED", "Officer already registered",
                    "an officer with this ID number is already registered");
        }
        Officer officer = new Officer();
        officer.officerId = UUID.randomUUID().toString();
        officer.name = registration.name();
        officer.gender = registration.gender();
        officer.idNumber = registration.idNumber();
        officer.agencyCode = registration.agencyCode();
        officer.regionCode = registration.regionCode();
        officer.post = registration.post();
        officer.enforcementFields = registration.enforcementFields().stream().map(Enum::name).toList();
        officer.registeredAt = clock.instant();
        officer.persist();
        outbox.publish(new OfficerRegistered(officer.officerId, officer.name, officer.agencyCode, officer.regionCode,
                officer.post, officer.enforcementFields, officer.registeredAt));
        return officer;
    }

    public Credential issueCredential(Officer officer, LocalDate validFrom, LocalDate validTo) {
        if (!validTo.isAfter(validFrom)) {
            throw ProblemException.unprocessable("VALIDITY_PERIOD_INVALID", "Validity period out of order",
                    "validTo must be after validFrom");
        }
        if (Credential.activeOf(officer.officerId).isPresent()) {
            throw ProblemException.conflict("CREDENTIAL_ALREADY_ACTIVE", "Officer already holds a credential",
                    "该执法人员已持有有效执法证件: the officer already holds an active credential");
        }
        long serial = ((Number) entityManager.createNativeQuery("select nextval('credential_serial')").getSingleResult()).longValue();
        Credential credential = new Credential();
        credential.credentialNumber = CredentialNumber.of(officer.regionCode, LocalDate.now(clock.withZone(CHINA)), serial);
        credential.officerId = officer.officerId;
        credential.validFrom = validFrom;
        credential.validTo = validTo;
        credential.status = CredentialStatus.ACTIVE;
        credential.issuedAt = clock.instant();
        credential.persist();
        outbox.publish(new CredentialIssued(credential.credentialNumber, officer.officerId, officer.name,
                officer.agencyCode, officer.regionCode, officer.post, officer.enforcementFields,
                validFrom, validTo, credential.issuedAt));
        return credential;
    }
}

package cn.enforcement.personnel.api;

import cn.enforcement.personnel.domain.Credential;
import cn.enforcement.personnel.domain.EnforcementAgency;
import cn.enforcement.personnel.domain.CredentialNumber;
import cn.enforcement.personnel.domain.CredentialOffice;
import cn.enforcement.personnel.domain.CredentialValidity;
import cn.enforcement.personnel.domain.Officer;
import cn.enforcement.personnel.domain.PersonnelProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the public may see of a credential (亮证执法): whether it is valid right now and, if not, why; never the ID number. */
@ApplicationScoped
public class PublicCredentials {

    /** The reason as the page says it. */
    static final Map<CredentialValidity.Reason, String> IN_CHINESE = Map.of(
            CredentialValidity.Reason.VALID, "有效",
            CredentialValidity.Reason.NOT_YET_VALID, "尚未生效",
            CredentialValidity.Reason.REVOKED, "已吊销",
            CredentialValidity.Reason.CANCELLED, "已注销",
            CredentialValidity.Reason.EXPIRED, "已过有效期",
            CredentialValidity.Reason.SUSPENDED, "暂扣中",
            CredentialValidity.Reason.ANNUAL_REVIEW_MISSING, "未按期年审",
            CredentialValidity.Reason.ANNUAL_REVIEW_FAILED, "年审不合格");

    public record PublicCredentialView(String credentialNumber, String name, String photoObjectKey, String agencyCode, String agencyName,
            String regionCode,
            String post, List<String> enforcementFields, boolean validNow, String status, String reason, String reasonText,
            Instant since) {
    }

    private final CredentialOffice office;
    private final Clock clock;

    PublicCredentials(CredentialOffice office, Clock clock) {
        this.office = office;
        this.clock = clock;
    }

    public PublicCredentialView check(String credentialNumber) {
        Credential credential = Credential.<Credential>findByIdOptional(wellFormed(credentialNumber))
                .orElseThrow(() -> PersonnelProblem.CREDENTIAL_NOT_FOUND.refuse("查无此证: no credential " + credentialNumber));
        Officer officer = Officer.findById(credential.officerId);
        CredentialValidity.Verdict verdict = office.validityOf(credential, clock.instant());
        String agencyName = EnforcementAgency.<EnforcementAgency>findByIdOptional(officer.agencyCode).map(a -> a.fullName)
                .orElse(officer.agencyCode);
        return new PublicCredentialView(credential.credentialNumber, officer.name, officer.photoObjectKey, officer.agencyCode, agencyName,
                officer.regionCode, officer.post, officer.enforcementFields, verdict.valid(), verdict.valid() ? "VALID" : "NOT_VALID",
                verdict.reason().name(), IN_CHINESE.get(verdict.reason()), verdict.since());
    }

    static String wellFormed(String credentialNumber) {
        if (!CredentialNumber.isWellFormed(credentialNumber)) {
            throw PersonnelProblem.CREDENTIAL_NUMBER_MALFORMED.refuse(
                    "执法证号格式错误: a credential number has 14 digits, e.g. 22010026000042");
        }
        return credentialNumber;
    }
}

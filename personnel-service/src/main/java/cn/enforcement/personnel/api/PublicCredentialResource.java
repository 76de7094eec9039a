package cn.enforcement.personnel.api;

import cn.enforcement.personnel.domain.Credential;
import cn.enforcement.personnel.domain.CredentialNumber;
import cn.enforcement.personnel.domain.CredentialOffice;
import cn.enforcement.personnel.domain.Officer;
import cn.enforcement.platform.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Clock;
import java.util.List;

/**
 * The public credential check (亮证执法): anyone facing an officer can check the credential number
 * and see whether it is valid right now. Only what the law says to show; never the ID number.
 */
@Path("/public/v1/credentials/{credentialNumber}")
@PermitAll
public class PublicCredentialResource {

    private final CredentialOffice office;
    private final Clock clock;

    PublicCredentialResource(CredentialOffice office, Clock clock) {
        this.office = office;
        this.clock = clock;
    }

    public record PublicCredentialView(String credentialNumber, String name, String photoObjectKey, String agencyCode,
            String post, List<String> enforcementFields, boolean validNow, String status) {
    }

    @GET
    public PublicCredentialView check(@PathParam("credentialNumber") String credentialNumber) {
        if (!CredentialNumber.isWellFormed(credentialNumber)) {
            throw ProblemException.badRequest("CREDENTIAL_NUMBER_MALFORMED",
                    "执法证号格式错误: a credential number has 14 digits, e.g. 22010026000042");
        }
        Credential credential = Credential.<Credential>findByIdOptional(credentialNumber)
                .orElseThrow(() -> ProblemException.notFound("CREDENTIAL_NOT_FOUND", "查无此证: no credential " + credentialNumber));
        Officer officer = Officer.findById(credential.officerId);
        boolean validNow = office.validityOf(credential, clock.instant()).valid();
        return new PublicCredentialView(credential.credentialNumber, officer.name, officer.photoObjectKey, officer.agencyCode,
                officer.post, officer.enforcementFields, validNow, validNow ? "VALID" : "NOT_VALID");
    }
}

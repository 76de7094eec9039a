package cn.enforcement.personnel.api;

import cn.enforcement.personnel.domain.Credential;
import cn.enforcement.personnel.domain.Officer;
import cn.enforcement.personnel.domain.PersonnelProblem;
import cn.enforcement.problem.PlatformProblem;
import cn.enforcement.problem.ProblemException;
import cn.enforcement.platform.security.AgencyScope;
import cn.enforcement.platform.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;

/**
 * Who may see and change an officer's record: personnel admins their own agency's officers,
 * supervisors everything in their region (read only), officers their own record (read only).
 */
@RequestScoped
public class OfficerAccess {

    private final AgencyScope scope;

    OfficerAccess(AgencyScope scope) {
        this.scope = scope;
    }

    public Officer readable(String officerId) {
        Officer officer = find(officerId);
        if (mayRead(officer)) {
            return officer;
        }
        throw unknown(officerId);
    }

    public Officer manageable(String officerId) {
        Officer officer = find(officerId);
        requireManage(officer);
        return officer;
    }

    public Credential readableCredential(String credentialNumber) {
        Credential credential = findCredential(credentialNumber);
        readable(credential.officerId);
        return credential;
    }

    public Credential manageableCredential(String credentialNumber) {
        Credential credential = findCredential(credentialNumber);
        manageable(credential.officerId);
        return credential;
    }

    boolean mayRead(Officer officer) {
        if (scope.mayRead(officer.agencyCode, officer.regionCode, Set.of(Roles.PERSONNEL_ADMIN))) {
            return true;
        }
        return scope.hasRole(Roles.OFFICER) && officer.username != null && officer.username.equals(scope.username());
    }

    private void requireManage(Officer officer) {
        if (!scope.hasRole(Roles.PERSONNEL_ADMIN)) {
            throw PlatformProblem.FORBIDDEN.refuse("only personnel admins change the registry");
        }
        scope.requireOwnAgency(officer.agencyCode, officer.regionCode, () -> unknown(officer.officerId));
    }

    private static Officer find(String officerId) {
        return Officer.<Officer>findByIdOptional(officerId).orElseThrow(() -> unknown(officerId));
    }

    /** The answer for an officer who does not exist, and for one the caller may not know of. */
    private static ProblemException unknown(String officerId) {
        return PersonnelProblem.OFFICER_NOT_FOUND.refuse("no officer " + officerId);
    }

    private static Credential findCredential(String credentialNumber) {
        return Credential.<Credential>findByIdOptional(credentialNumber)
                .orElseThrow(() -> PersonnelProblem.CREDENTIAL_NOT_FOUND.refuse("no credential " + credentialNumber));
    }
}

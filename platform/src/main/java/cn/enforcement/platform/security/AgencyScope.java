package cn.enforcement.platform.security;

import cn.enforcement.platform.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who the caller acts for, from the token's {@code agency_code} and {@code region_code} claims.
 * Agency staff read and change only their agency's records; supervisors read what lies in their region.
 */
@RequestScoped
public class AgencyScope {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    AgencyScope(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public String agencyCode() {
        return token.getClaim("agency_code");
    }

    public RegionCode regionCode() {
        String claim = token.getClaim("region_code");
        if (!RegionCode.isValid(claim)) {
            throw ProblemException.forbidden("REGION_CLAIM_MISSING", "the token carries no valid region_code claim");
        }
        return new RegionCode(claim);
    }

    public String subject() {
        return identity.getPrincipal().getName();
    }

    /** The caller's login name ({@code preferred_username}), e.g. to find an officer's own record. */
    public String username() {
        return token.getClaim("preferred_username");
    }

    /**
     * Province-wide rule data (the discretion benchmark, the working-day calendar) is kept by the
     * provincial department: supervisors whose region is a province.
     */
    public void requireProvincialSupervisor() {
        if (!hasRole(Roles.SUPERVISOR) || !regionCode().value().endsWith("0000")) {
            throw ProblemException.forbidden("PROVINCIAL_SUPERVISOR_ONLY",
                    "province-wide rule data is kept by provincial supervisors");
        }
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Changes are made only by staff of the owning agency. */
    public void requireOwnAgency(String agencyCode) {
        if (agencyCode == null || !agencyCode.equals(agencyCode())) {
            throw ProblemException.forbidden("OUTSIDE_OWN_AGENCY",
                    "you act for agency " + agencyCode() + ", not for " + agencyCode);
        }
    }

    /** Reads: the own agency, or for supervisors anything within their region. */
    public boolean mayRead(String agencyCode, String regionCode) {
        if (agencyCode != null && agencyCode.equals(agencyCode())) {
            return true;
        }
        return hasRole(Roles.SUPERVISOR) && RegionCode.isValid(regionCode) && regionCode().covers(new RegionCode(regionCode));
    }

    public void requireRead(String agencyCode, String regionCode) {
        if (!mayRead(agencyCode, regionCode)) {
            throw ProblemException.forbidden("OUTSIDE_SCOPE", "this record belongs to another agency or region");
        }
    }
}
